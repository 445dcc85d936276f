"""Dense pages in the genre's varied forms (many teams and units on one page: flattened tables, round-ups of a
round's feedback or rectification, one clause per team): text → the facts it must give. Simplified and
Traditional side by side, negative phrasings in the same table. Every text is written for this table.

Keys, all optional:

- ``inspections``: set of (team, target): exactly these (team None where the text names none);
- ``not_targets``: targets no inspection may have;
- ``dates``: {target: (start, end)} of the inspections of that target;
- ``modes``: {target: mode} of the inspections of that target;
- ``feedback``: set of (team, target, date): exactly these, as the scorer reads them;
- ``teams``: set of team names that must be among the teams; ``not_teams``: names that must not;
- ``posts``: set of (person, role, organisation) that must be among the memberships (organisation None: any);
- ``not_posts``: set of (person, role, organisation) that must not;
- ``people``: names that must be found; ``not_people``: names that must not;
- ``issues``: set of issue texts that must be found; ``no_issues``: none may be;
- ``aliases``: {organisation: alias} that the organisation must carry; ``not_aliases``: that it must not;
- ``inspection_count``: {target: how many inspections have it};
- ``no_facts``: nothing about teams, inspections or feedback may be extracted.
"""
from __future__ import annotations

# A round's table of 18 units under bars, its rows as long as each other (as a text wrapped at a fixed width has its
# lines): (unit, team, fed back, published).
ROUND_TABLE = [("青原市委", "省委第一巡视组", "2023年12月24日", "2024年4月10日"), ("白石市委", "省委第一巡视组", "2023年12月22日", "2024年4月9日"),
               ("松江市委", "省委第一巡视组", "2024年1月3日", "2024年4月18日"), ("柳川市委", "省委第一巡视组", "2023年12月22日", "2024年4月12日"),
               ("青原市芦湾县委", "省委第一巡视组", "2024年1月3日", "2024年4月8日"), ("松江市柏林县委", "省委第二巡视组", "2023年12月23日", "2024年4月9日"),
               ("白石市蕉岭县委", "省委第二巡视组", "2024年1月4日", "2024年4月10日"), ("松江市荇川县委", "省委第二巡视组", "2023年12月27日", "2024年4月9日"),
               ("白石市棠溪县委", "省委第二巡视组", "2023年12月29日", "2024年4月11日"), ("青原市蔺溪县委", "省委第三巡视组", "2024年1月8日", "2024年4月11日"),
               ("青原市桂源县委", "省委第三巡视组", "2024年1月6日", "2024年4月10日"), ("青原市石坪县委", "省委第三巡视组", "2024年1月8日", "2024年4月18日"),
               ("青原市栗阳县委", "省委第三巡视组", "2023年12月27日", "2024年4月10日"), ("白石市葛川县委", "省委第三巡视组", "2023年12月27日", "2024年4月19日"),
               ("柳川市楮山县委", "省委第四巡视组", "2023年12月21日", "2024年4月8日"), ("松江市青溪县委", "省委第四巡视组", "2023年12月26日", "2024年4月13日"),
               ("柳川市榆阳县委", "省委第四巡视组", "2024年1月4日", "2024年4月11日"), ("柳川市桑溪县委", "省委第五巡视组", "2023年12月26日", "2024年4月11日")]
ROUND_TABLE_LEAD = "2023年9月至11月，十二届省委第三轮巡视对4个市和20个县（区）党委开展了常规巡视。各地整改公开情况如下：\n"

CASES: dict[str, dict] = {
    # ---------------------------------------------------------------- a printed page's number inside a team's card
    "a page number's line between a team card's fields (副组长：X⏎— 1 —⏎成员：…): the card reads on": {
        "text": "九届市委第四轮巡察组组成人员及巡察对象如下：\n一、市委第一巡察组\n组　长：谭国庆\n巡察对象：市司法局党组、市信访局党组\n"
                "二、市委第二巡察组\n组　长：范志诚\n副组长：陆春燕\n— 1 —\n成　员：杜宇航　许嘉怡\n巡察对象：市生态环境局党组、"
                "市林业和草原局党组\n",
        "inspections": {("市委第一巡察组", "市司法局党组"), ("市委第一巡察组", "市信访局党组"),
                        ("市委第二巡察组", "市生态环境局党组"), ("市委第二巡察组", "市林业和草原局党组")},
    },
    "the same in Traditional, a page number between the leader and the units": {
        "text": "巡察組組成人員及巡察對象如下：\n一、縣委第一巡察組\n組　長：王　明\n— 2 —\n巡察對象：縣財政局黨組、縣審計局黨組\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组")},
    },
    "negative: a page number between a table's bare cells stays (its reader knows the table by the header again)": {
        "text": "序号\n被巡察单位\n巡察组\n1\n县财政局党组\n县委第一巡察组\n— 2 —\n序号\n被巡察单位\n巡察组\n2\n县审计局党组\n"
                "县委第二巡察组\n",
        "normalised": ["县委第一巡察组\n— 2 —\n序号"],
    },
    # ---------------------------------------------------------------- a table's rows as long as a wrapped text's lines
    "18 rows under bars, as long as each other: a table, no text wrapped at their width (each row its own)": {
        "text": ROUND_TABLE_LEAD + "序号｜被巡视党组织｜巡视组｜反馈日期｜整改公开日期\n"
                + "".join(f"{k}｜{u}｜{t}｜{f}｜{p}\n" for k, (u, t, f, p) in enumerate(ROUND_TABLE, 1)),
        "inspections": {(t, u) for u, t, _, _ in ROUND_TABLE},
        "issued": "2024-04-23",
    },
    "the same in Traditional, half-width bars": {
        "text": "2023年9月至11月，十二屆省委第三輪巡視對4個市和20個縣（區）黨委開展了常規巡視。各地整改公開情況如下：\n"
                "序號|被巡視黨組織|巡視組|反饋日期|整改公開日期\n"
                + "".join(f"{k}|{u}|{t}|{f}|{p}\n" for k, (u, t, f, p) in enumerate(ROUND_TABLE, 1)),
        "inspections": {(t, u) for u, t, _, _ in ROUND_TABLE},
        "issued": "2024-04-23",
    },
    # ---------------------------------------------------------------- a row with more cells than its header
    "a tabbed row holds two units under the one units column": {
        "text": "县委4个巡察组于3月2日完成进驻。具体安排如下:\n巡察组\t组长\t被巡察党组织\n"
                "第一巡察组\t贾文东\t东湖镇党委\t西湾乡党委\n第二巡察组\t温丽华\t南山镇党委\n",
        "inspections": {("第一巡察组", "东湖镇党委"), ("第一巡察组", "西湾乡党委"), ("第二巡察组", "南山镇党委")},
        "posts": {("贾文东", "组长", "第一巡察组"), ("温丽华", "组长", "第二巡察组")},
    },
    "a spaced row holds three units, one marked 回头看 in brackets (Traditional)": {
        "text": "局黨組3個巡察組於4月8日進駐。具體分組如下:\n  巡察組    組長    被巡察單位\n"
                "  第一巡察組    閻志強    縣人民醫院黨委    縣中醫院黨委    縣婦幼保健院黨支部(「回頭看」)\n",
        "inspections": {("第一巡察组", "县人民医院党委"), ("第一巡察组", "县中医院党委"), ("第一巡察组", "县妇幼保健院党支部")},
        "modes": {"县妇幼保健院党支部": "回头看"},
        "posts": {("阎志强", "组长", "第一巡察组")},
    },
    "negative: the cells after the units column stay its own (a telephone is no unit)": {
        "text": "市委2个巡察组于5月6日进驻。\n巡察组 组长 被巡察单位 联系电话\n"
                "第一巡察组 邱光明 市商务局党组 市统计局党组 0871-6123456\n",
        "inspections": {("第一巡察组", "市商务局党组"), ("第一巡察组", "市统计局党组")},
    },
    "a row without a header: a team, then one unit a cell (spaces), then perhaps the day it moved in": {
        "text": "各巡视组巡视对象如下\n自治区党委第一巡视组   甲县  乙县  丙县\n自治区党委第二巡视组   丁县  戊县  3月5日\n",
        "inspections": {("自治区党委第一巡视组", t) for t in ("甲县", "乙县", "丙县")}
        | {("自治区党委第二巡视组", t) for t in ("丁县", "戊县")},
    },
    "the same in Traditional, units of several words": {
        "text": "各巡察組巡察對象\n市委第一巡察組  市財政局黨組  市審計局黨組\n市委第二巡察組  市教育局黨組\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市教育局党组")},
    },
    "a card's row parted by bars, its last cell the team's leader (第一巡察组｜A｜B｜组长 某某)": {
        "text": "学校党委2024年第二轮巡察公告\n巡察安排\n第一巡察组｜机械工程学院党委｜土木工程学院党委｜组长 潘永刚\n"
                "第二巡察组｜经济管理学院党委｜组长 陆芳\n",
        "inspections": {("第一巡察组", "机械工程学院党委"), ("第一巡察组", "土木工程学院党委"), ("第二巡察组", "经济管理学院党委")},
        "posts": {("潘永刚", "组长", "第一巡察组")},
        "issued": "2024-04-12",
    },
    "the same in Traditional, half-width bars and 组长:": {
        "text": "巡察安排\n第一巡察組|市審計局黨組|市統計局黨組|組長:龐國慶\n第二巡察組|市民政局黨組|組長:梁靜\n",
        "inspections": {("第一巡察组", "市审计局党组"), ("第一巡察组", "市统计局党组"), ("第二巡察组", "市民政局党组")},
        "issued": "2024-04-12",
    },
    "negative: a team's line going on with a clause after its cells is no row": {
        "text": "市委第一巡察组  市财政局党组  进驻后召开动员会\n",
        "inspections": set(),
    },
    "a table of a round's units with the problems fed back, under a heading that gives the round's period": {
        "text": "一、市委第一轮巡察(2023年3月6日至5月12日,常规巡察)\n组别  被巡察单位  反馈问题  移交问题线索\n"
                "市委第一巡察组  市商务局党组  24  2\n市委第二巡察组  市民政局党组  26  1\n小计  50  3\n",
        "inspections": {("市委第一巡察组", "市商务局党组"), ("市委第二巡察组", "市民政局党组")},
        "dates": {"市商务局党组": ("2023-03-06", "2023-05-12")},
        "feedback": {("市委第一巡察组", "市商务局党组", None), ("市委第二巡察组", "市民政局党组", None)},
    },
    "the same with a 反馈时间 column, in Traditional with bars": {
        "text": "2024年5月,縣委巡察組開展專項巡察。\n組別|被巡察單位|進駐時間|反饋時間\n縣委第一巡察組|縣財政局黨組|2024年5月13日|2024年7月2日\n",
        "inspections": {("县委第一巡察组", "县财政局党组")},
        "feedback": {("县委第一巡察组", "县财政局党组", "2024-07-02")},
    },
    "a 延伸巡视单位 column beside the units: the units each row's team extended its inspection to (tabs)": {
        "text": "各巡视组进驻情况：\n巡视组\t被巡视党组织\t延伸巡视单位\t进驻时间\n省委第一巡视组\t东川市委\t宁远县委、潭口区委\t10月18日\n"
                "省委第二巡视组\t西陵市委\t桂阳坪县委\t10月18日\n",
        "inspections": {("省委第一巡视组", "东川市委"), ("省委第一巡视组", "宁远县委"), ("省委第一巡视组", "潭口区委"),
                        ("省委第二巡视组", "西陵市委"), ("省委第二巡视组", "桂阳坪县委")},
        "issued": "2021-10-20",
    },
    "the same with bars and 延伸巡察对象 (Traditional)": {
        "text": "組別|被巡察單位|延伸巡察對象|進駐時間\n縣委第一巡察組|甲鎮黨委|東村黨支部、西村黨支部|3月4日\n",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第一巡察组", "东村党支部"), ("县委第一巡察组", "西村党支部")},
        "issued": "2024-03-06",
    },
    "a table one cell a line whose merged cells are blank lines: the row below the team's takes its team": {
        "text": "2023年4月,市委第三轮巡察进驻。具体安排如下:\n\n组别\n组长\n被巡察单位\n进驻时间\n第一巡察组\n陶文彬\n市发改委党组\n"
                "2023年4月17日\n\n\n市统计局党组\n2023年4月17日\n第二巡察组\n鲁振华\n市财政局党组\n2023年4月18日\n",
        "inspections": {("第一巡察组", "市发改委党组"), ("第一巡察组", "市统计局党组"), ("第二巡察组", "市财政局党组")},
        "dates": {"市统计局党组": ("2023-04-17", None)},
    },
    "numbered rows without a header line: team, unit, then figures; the lead's period dates them": {
        "text": "2024年3月18日至4月26日,区委第一、第二巡察组对10个村(社区)党组织开展巡察。整改情况如下:\n\n"
                "1.  区委第一巡察组    蒲溪镇青石村党总支    12    11    1\n2.  区委第二巡察组    柘湾街道松风社区党委    13    11    2\n",
        "inspections": {("区委第一巡察组", "蒲溪镇青石村党总支"), ("区委第二巡察组", "柘湾街道松风社区党委"), (None, "10个村(社区)党组织")},
        "dates": {"蒲溪镇青石村党总支": ("2024-03-18", "2024-04-26")},
    },
    "a roster of feedback meetings (日期 巡察组 反馈对象 主持人): each row's team fed back to its unit on its day": {
        "text": "2024年4月22日至6月14日,委党委第一、第二巡察组对2家单位党组织开展了常规巡察。7月8日至12日,各巡察组分别反馈"
                "巡察情况。反馈会安排如下:\n日期 巡察组 反馈对象 主持人\n一、7月8日 第一巡察组 甲医院党委 聂国栋\n"
                "二、7月10日 第二巡察组 乙中心党总支 任丽芬\n",
        "inspections": {("委党委第一巡察组", "甲医院党委"), ("委党委第二巡察组", "乙中心党总支")},
        "dates": {"甲医院党委": ("2024-04-22", "2024-06-14")},
        "feedback": {("委党委第一巡察组", "甲医院党委", "2024-07-08"), ("委党委第二巡察组", "乙中心党总支", "2024-07-10")},
    },
    "numbered rows under a team's merged cells (序号 巡视组 组长 被巡视党组织 进驻时间 值班电话): the team above's units": {
        "text": "省委2个巡视组已于3月18日进驻5个单位。各巡视组组长及进驻时间如下:\n序号 巡视组 组长 被巡视党组织 进驻时间 值班电话\n"
                "1 省委第一巡视组 何振平 省统计局党组 3月18日 0851-6852001\n2 省能源局党组 3月18日\n3 省档案馆党组 3月19日\n"
                "4 省委第二巡视组 曹立言 省教育厅党组 3月18日 0851-6852002\n5 江川大学党委 3月18日\n",
        "inspections": {("省委第一巡视组", "省统计局党组"), ("省委第一巡视组", "省能源局党组"), ("省委第一巡视组", "省档案馆党组"),
                        ("省委第二巡视组", "省教育厅党组"), ("省委第二巡视组", "江川大学党委")},
        "dates": {"省档案馆党组": ("2024-03-19", None)},
        "posts": {("何振平", "组长", "省委第一巡视组"), ("曹立言", "组长", "省委第二巡视组")},
        "issued": "2024-03-20",
    },
    "the same in Traditional, tabbed, with no telephone column": {
        "text": "市委巡察組進駐情況\n序號\t巡察組\t組長\t被巡察單位\t進駐時間\n1\t市委第三巡察組\t龐國慶\t市審計局黨組\t4月8日\n"
                "2\t市統計局黨組\t4月8日\n3\t市委第四巡察組\t梁靜\t市民政局黨組\t4月9日\n4\t市殘聯黨組\t4月9日\n",
        "inspections": {("市委第三巡察组", "市审计局党组"), ("市委第三巡察组", "市统计局党组"), ("市委第四巡察组", "市民政局党组"),
                        ("市委第四巡察组", "市残联党组")},
        "issued": "2024-04-12",
    },
    "negative: a numbered line of prose under such a table continues no row": {
        "text": "序号 巡视组 组长 被巡视党组织 进驻时间\n1 省委第一巡视组 何振平 省统计局党组 3月18日\n2 请各单位做好配合工作 3月18日\n",
        "inspections": {("省委第一巡视组", "省统计局党组")},
        "issued": "2024-03-20",
    },
    "a table's team column writes its teams by ordinal alone (一组, 二组): the round's committee's teams": {
        "text": "十三届云川区委第四轮巡察完成进驻\n9月4日,十三届云川区委第四轮巡察2个巡察组进驻4个党组织。\n"
                "序号 组别 被巡察党组织 进驻时间\n1 一组 区财政局党组 9月4日\n2 一组 区审计局 9月4日\n"
                "3 二组 区教育局党组 9月5日\n4 二组 湖滨街道党工委 9月5日\n",
        "inspections": {("云川区委第一巡察组", "区财政局党组"), ("云川区委第一巡察组", "区审计局"), ("云川区委第二巡察组", "区教育局党组"),
                        ("云川区委第二巡察组", "湖滨街道党工委")},
        "dates": {"湖滨街道党工委": ("2024-09-05", None)},
        "issued": "2024-09-07",
    },
    "the same in Traditional, 第 before the ordinal, bars": {
        "text": "縣委第二輪巡察進駐安排\n序號|組別|被巡察單位|進駐時間\n1|第一組|縣林業局黨組|5月6日\n2|第二組|縣文旅局黨組|5月7日\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县文旅局党组")},
        "issued": "2024-05-10",
    },
    "negative: 一组 in prose is no team (一组数据)": {
        "text": "县委第一巡察组对县统计局党组开展巡察。\n一组数据显示,全县经济平稳运行。\n",
        "inspections": {("县委第一巡察组", "县统计局党组")},
        "teams": {"县委第一巡察组"},
        "not_teams": {"县委一组", "一组"},
    },
    "a row whose last cells a dash spans (————): the row's unit still inspected": {
        "text": "十五届县委第四轮巡察整改情况\n序号 被巡察党组织 巡察组 巡察方式 反馈时间 反馈问题 已整改\n"
                "1 县公安局党委 县委第一巡察组 常规 1月15日 19 17\n2 县人民医院党委 县委第二巡察组 常规 ————\n"
                "3 县医保局党组 县委第二巡察组 常规 1月17日 12 10\n",
        "inspections": {("县委第一巡察组", "县公安局党委"), ("县委第二巡察组", "县人民医院党委"), ("县委第二巡察组", "县医保局党组")},
        "feedback": {("县委第一巡察组", "县公安局党委", "2024-01-15"), ("县委第二巡察组", "县医保局党组", "2024-01-17")},
        "issued": "2024-04-18",
    },
    "a table with a column the rules do not know (乡镇) and a units column named for its units": {
        "text": "县委开展村级提级巡察\n各巡察组巡察对象如下:\n序号 巡察组 乡镇 被巡察村(社区)党组织 巡察时间\n"
                "1 县委第一巡察组 龙溪镇 龙溪社区党总支 9月23日-10月15日\n2 县委第一巡察组 龙溪镇 大坪村党支部 9月23日-10月15日\n"
                "3 县委第二巡察组 杉林镇 金竹村党支部 10月17日-11月12日\n",
        "inspections": {("县委第一巡察组", "龙溪社区党总支"), ("县委第一巡察组", "大坪村党支部"), ("县委第二巡察组", "金竹村党支部")},
        "not_targets": {"龙溪镇", "杉林镇"},
        "dates": {"金竹村党支部": ("2024-10-17", "2024-11-12")},
        "issued": "2024-10-09",
    },
    "a numbered table one cell a line, a team's cell merged over its rows (2 / 乙局党组 / 4月8日 / 7月16日)": {
        "text": "本轮巡察进驻及反馈安排如下:\n序号\n巡察组\n被巡察单位\n进驻时间\n反馈时间\n1\n市委第一巡察组\n市财政局党组\n4月8日\n"
                "7月15日\n2\n市审计局党组\n4月8日\n7月16日\n3\n市委第二巡察组\n市民政局党组\n4月9日\n7月17日\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市民政局党组")},
        "feedback": {("市委第一巡察组", "市财政局党组", "2024-07-15"), ("市委第一巡察组", "市审计局党组", "2024-07-16"),
                     ("市委第二巡察组", "市民政局党组", "2024-07-17")},
        "issued": "2024-07-26",
    },
    "the same in Traditional, the merged team's rows three": {
        "text": "序號\n巡察組\n被巡察單位\n進駐時間\n1\n縣委第三巡察組\n縣住建局黨組\n4月8日\n2\n縣城管局黨組\n4月9日\n3\n縣公積金中心黨支部\n"
                "4月10日\n",
        "inspections": {("县委第三巡察组", "县住建局党组"), ("县委第三巡察组", "县城管局党组"), ("县委第三巡察组", "县公积金中心党支部")},
        "dates": {"县城管局党组": ("2024-04-09", None)},
        "issued": "2024-04-20",
    },
    "a row under bars whose first cells were merged with the row above's (||乙局党组|): its unit, the team above's": {
        "text": "本轮巡察于5月20日至7月12日开展。\n日期|巡察组|反馈对象|主持人\n8月26日|市委第一巡察组|甲委员会党组|尹卫东\n"
                "||乙局党组|\n",
        "inspections": {("市委第一巡察组", "甲委员会党组"), ("市委第一巡察组", "乙局党组")},
    },
    "a roster whose last cell (主持人) holds a space between a post and a name: one cell": {
        "text": "2024年9月9日至11月1日,区委巡察组对2个街道党工委开展了常规巡察。\n日期\t巡察组\t反馈对象\t主持人\n"
                "12月2日\t区委第一巡察组\t滨河街道党工委\t区委常委、组织部部长 龚志远\n",
        "inspections": {("区委第一巡察组", "滨河街道党工委"), ("区委巡察组", "2个街道党工委")},
        "dates": {"滨河街道党工委": ("2024-09-09", "2024-11-01")},
    },
    "negative: a row of more cells than a header without a units column is no row": {
        "text": "巡察组 组长 副组长\n第一巡察组 邱光明 章小燕 龚立新\n",
        "no_facts_but_teams": True,
    },
    # ---------------------------------------------------------------- a table one cell a line, a cell over lines
    "a cell a line: a row's units over several lines, the last row cut by the page": {
        "text": "省委6个巡视组已完成进驻。具体安排如下:\n组别\n组长\n被巡视单位\n进驻时间\n"
                "省委第一巡视组\n樊建业\n甲市委\n乙县委\n5月7日\n"
                "省委第二巡视组\n韦立新\n省交通运输厅党组\n5月8日\n"
                "省委第三巡视组\n冉少华\n丙县委、",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "乙县委"), ("省委第二巡视组", "省交通运输厅党组"),
                        ("省委第三巡视组", "丙县委")},
        "posts": {("樊建业", "组长", "省委第一巡视组"), ("冉少华", "组长", "省委第三巡视组")},
        "issued": "2025-05-10",
        "dates": {"乙县委": ("2025-05-07", None), "省交通运输厅党组": ("2025-05-08", None)},
    },
    "a cell a line, a row's units over lines (Traditional)": {
        "text": "省委2個巡視組已完成進駐。\n組別\n組長\n被巡視單位\n省委第一巡視組\n樊建業\n甲市委\n乙縣委\n"
                "省委第二巡視組\n韋立新\n省交通運輸廳黨組\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "乙县委"), ("省委第二巡视组", "省交通运输厅党组")},
    },
    "a cell a line, no leader's column: a units cell over two lines (one with its extensions in brackets), its row's day after": {
        "text": "本轮巡察共派出2个巡察组。具体进驻情况如下:\n巡察组\n被巡察单位\n进驻时间\n举报电话\n区委第一巡察组\n区教育局党组\n区科学技术局党组\n"
                "3月17日\n0571-8690\n2101\n区委第二巡察组\n湖滨街道党工委(延伸巡察望湖社区党委)\n区退役军人事务局党组\n3月19日\n0571-8690\n2104\n",
        "inspections": {("区委第一巡察组", "区教育局党组"), ("区委第一巡察组", "区科学技术局党组"), ("区委第二巡察组", "湖滨街道党工委"),
                        ("区委第二巡察组", "望湖社区党委"), ("区委第二巡察组", "区退役军人事务局党组")},
        "dates": {"区科学技术局党组": ("2025-03-17", None), "区退役军人事务局党组": ("2025-03-19", None)},
        "issued": "2025-03-20",
    },
    "the same in Traditional, a county's teams": {
        "text": "具體進駐情況如下:\n巡察組\n被巡察單位\n進駐時間\n舉報電話\n縣委第一巡察組\n縣教育局黨組\n縣科學技術局黨組\n3月17日\n"
                "0571-8690\n2101\n縣委第二巡察組\n縣民政局黨組\n3月18日\n0571-8690\n2102\n",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县科学技术局党组"), ("县委第二巡察组", "县民政局党组")},
        "dates": {"县科学技术局党组": ("2025-03-17", None), "县民政局党组": ("2025-03-18", None)},
        "issued": "2025-03-20",
    },
    "a cell a line: a units cell listing units with 、 stays its own line": {
        "text": "省委2个巡视组已于近日完成进驻。具体安排如下:\n组别\n组长\n被巡视单位\n进驻时间\n"
                "省委第一巡视组\n樊建业\n甲市委、甲市人民政府党组\n4月7日\n省委第二巡视组\n韦立新\n乙县委\n4月8日\n",
        "issued": "2025-04-09",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "甲市人民政府党组"), ("省委第二巡视组", "乙县委")},
        "dates": {"甲市人民政府党组": ("2025-04-07", None), "乙县委": ("2025-04-08", None)},
    },
    "a cell a line under 反馈时间: the days are the feedback's, the inspection's period the lead's": {
        "text": "根据区委统一部署,2024年4月8日至6月14日,区委2个巡察组对3个单位党组织开展了常规巡察。7月中下旬,各巡察组分别向"
                "被巡察党组织反馈了巡察情况。具体反馈情况如下:\n组别\n被巡察单位\n反馈时间\n第一巡察组\n区财政局\n7月16日\n"
                "第一巡察组\n区审计局\n7月17日\n第二巡察组\n区民政局\n7月18日\n",
        "inspections": {("第一巡察组", "区财政局"), ("第一巡察组", "区审计局"), ("第二巡察组", "区民政局")},
        "dates": {"区财政局": ("2024-04-08", "2024-06-14"), "区民政局": ("2024-04-08", "2024-06-14")},
        "issued": "2024-07-26",
    },
    "the same in Traditional, a county's teams under 反饋日期": {
        "text": "2024年4月至6月,縣委2個巡察組對2個單位黨組織開展了常規巡察。\n組別\n被巡察單位\n反饋日期\n"
                "第一巡察組\n縣財政局\n7月16日\n第二巡察組\n縣民政局\n7月18日\n",
        "dates": {"县财政局": ("2024-04", "2024-06"), "县民政局": ("2024-04", "2024-06")},
        "issued": "2024-07-26",
    },
    "negative: under 进驻时间 the days are the inspections' own": {
        "text": "2024年,区委2个巡察组对2个单位党组织开展了常规巡察。\n组别\n被巡察单位\n进驻时间\n第一巡察组\n区财政局\n4月8日\n"
                "第二巡察组\n区民政局\n4月9日\n",
        "dates": {"区财政局": ("2024-04-08", None), "区民政局": ("2024-04-09", None)},
        "issued": "2024-07-26",
    },
    "a cell a line under 巡察对象, 组长 and 副组长 cells (a name spaced out to three), a units cell parted by a comma": {
        "text": "本轮巡察对3个乡镇党委开展常规巡察。具体安排如下：\n组别\n组长\n副组长\n巡察对象\n进驻时间\n县委第一巡察组\n陈立群\n周\u3000涛\n"
                "柳塘镇党委\n4月10日\n县委第二巡察组\n卢国栋\n黎\u3000欣\n白沙镇党委，白沙镇红星村党支部、新华村党支部\n4月10日\n"
                "县委第三巡察组\n詹永华\n马丽娟\n石门乡党委\n4月11日\n",
        "issued": "2023-04-12",
        "inspections": {("县委第一巡察组", "柳塘镇党委"), ("县委第二巡察组", "白沙镇党委"), ("县委第二巡察组", "白沙镇红星村党支部"),
                        ("县委第二巡察组", "新华村党支部"), ("县委第三巡察组", "石门乡党委")},
        "dates": {"石门乡党委": ("2023-04-11", None), "新华村党支部": ("2023-04-10", None)},
        "posts": {("卢国栋", "组长", "县委第二巡察组"), ("詹永华", "组长", "县委第三巡察组")},
    },
    "the same in Traditional, a city's teams": {
        "text": "本輪巡察對3個單位黨組織開展常規巡察。具體安排如下：\n組別\n組長\n副組長\n巡察對象\n市委第一巡察組\n何文斌\n孟\u3000凡\n"
                "市民政局黨組，市殘疾人聯合會黨組\n市委第二巡察組\n鄒建軍\n管小勇\n市司法局黨組\n",
        "inspections": {("市委第一巡察组", "市民政局党组"), ("市委第一巡察组", "市残疾人联合会党组"), ("市委第二巡察组", "市司法局党组")},
    },
    "the header on one line, the rows one cell a line opening with their number (序号　组别　组长　巡察对象⏎1⏎T⏎X⏎A⏎B)": {
        "text": "经市委批准，七届市委第十五轮巡察于3月中旬启动。现将各巡察组组长、巡察对象及联系方式公布如下：\n"
                "序号　组别　组长　巡察对象　值班电话　电子邮箱\n1\n市委第一巡察组\n贺中原\n市应急管理局党组\n市消防救援支队党委\n"
                "0911-2138801\naslxc01@126.com\n2\n市委第二巡察组\n冯雪梅\n市司法局党组\n0911-2138802\naslxc02@126.com\n",
        "inspections": {("市委第一巡察组", "市应急管理局党组"), ("市委第一巡察组", "市消防救援支队党委"), ("市委第二巡察组", "市司法局党组")},
        "posts": {("冯雪梅", "组长", "市委第二巡察组")},
    },
    "the same in Traditional, the rows opening with their team": {
        "text": "現將各巡察組組長、巡察對象公佈如下：\n組別　組長　巡察對象　值班電話\n縣委第一巡察組\n賀中原\n縣應急管理局黨組\n"
                "縣消防救援大隊黨委\n0911-2138801\n縣委第二巡察組\n馮雪梅\n縣司法局黨組\n0911-2138802\n",
        "inspections": {("县委第一巡察组", "县应急管理局党组"), ("县委第一巡察组", "县消防救援大队党委"), ("县委第二巡察组", "县司法局党组")},
    },
    "negative: a header on one line whose rows open with neither a team nor a number is read as rows a line, not cells": {
        "text": "2024年，县委计划开展2轮常规巡察，具体安排如下：\n轮次 时间 巡察组 巡察对象\n第一轮 3月—5月 县委第一巡察组 县教育局党组\n"
                "县委第二巡察组 县卫生健康局党组\n第二轮 6月—8月 县委第一巡察组 县财政局党组\n县委第二巡察组 县国有资产投资经营有限公司党委\n",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第二巡察组", "县卫生健康局党组"), ("县委第一巡察组", "县财政局党组"),
                        ("县委第二巡察组", "县国有资产投资经营有限公司党委")},
    },
    "a cell a line, its last column of a name the reader does not know (出席反馈会的…成员): the rows still read, with their days": {
        "text": "7月17日至18日，市委2个巡察组分别向4个被巡察党组织反馈巡察情况。反馈具体安排见下表：\n序号\n巡察组\n被巡察党组织\n反馈日期\n"
                "出席反馈会的市委巡察工作领导小组成员\n1\n市委第一巡察组\n市公安局党委\n7月17日\n市委常委、政法委书记\n2\n市委第一巡察组\n"
                "市公安局交通警察支队党委\n7月18日\n市委巡察办主任\n3\n市委第二巡察组\n市司法局党组\n7月17日\n市委组织部部长\n",
        "issued": "2023-07-24",
        "feedback": {("市委第一巡察组", "市公安局党委", "2023-07-17"), ("市委第一巡察组", "市公安局交通警察支队党委", "2023-07-18"),
                     ("市委第二巡察组", "市司法局党组", "2023-07-17")},
    },
    "the same in Traditional, 備註 as the last column's name": {
        "text": "7月17日至18日，縣委2個巡察組分別向2個被巡察黨組織反饋巡察情況。\n序號\n巡察組\n被巡察黨組織\n反饋日期\n備註說明\n1\n縣委第一巡察組\n"
                "縣公安局黨委\n7月17日\n提級巡察\n2\n縣委第二巡察組\n縣司法局黨組\n7月18日\n常規巡察\n",
        "issued": "2023-07-24",
        "feedback": {("县委第一巡察组", "县公安局党委", "2023-07-17"), ("县委第二巡察组", "县司法局党组", "2023-07-18")},
    },
    # ---------------------------------------------------------------- a table one cell a line as a PDF copy prints it
    "a PDF's table: a unit's last character wrapped alone, a row going on over a page": {
        "text": "市委4个巡察组已完成进驻。\n组别\n组长\n被巡察党组织\n进驻时间\n第一巡察组\n鲍世杰\n市商务局党组、市粮食和储备局党\n组\n"
                "9月2日\n第二巡察组\n庞雪琳\n市档案馆党支部、\n\n— 2 —\n\n湘巡办发〔2024〕7号附件\n组别 组长 被巡察党组织 进驻时间\n"
                "市地方志办党支部\n9月3日\n第三巡察组\n邝海生\n市体育局党组\n9月3日\n",
        "issued": "2024-09-10",
        "inspections": {("第一巡察组", "市商务局党组"), ("第一巡察组", "市粮食和储备局党组"), ("第二巡察组", "市档案馆党支部"),
                        ("第二巡察组", "市地方志办党支部"), ("第三巡察组", "市体育局党组")},
        "posts": {("庞雪琳", "组长", "第二巡察组"), ("邝海生", "组长", "第三巡察组")},
        "dates": {"市地方志办党支部": ("2024-09-03", None)},
        "not_targets": {"市粮食和储备局党", "湘巡办发〔2024〕7号附件"},
    },
    "the same in Traditional: the page breaks between two rows, the header again one cell a line": {
        "text": "省委3個巡視組已完成進駐。\n組別\n組長\n被巡視單位\n第一巡視組\n駱文彬\n甲市委\n第二巡視組\n諸葛明\n省審計廳黨\n組\n"
                "- 3 -\n組別\n組長\n被巡視單位\n第三巡視組\n尉遲靜\n乙縣委\n",
        "inspections": {("第一巡视组", "甲市委"), ("第二巡视组", "省审计厅党组"), ("第三巡视组", "乙县委")},
        "posts": {("尉迟静", "组长", "第三巡视组")},
    },
    "negative: a page number after the last row, then the issuer's running head: no unit of the row": {
        "text": "校党委4个巡察组进驻。\n组别\n组长\n被巡察党组织\n进驻时间\n第一巡察组\n韩雪梅\n化学学院党委\n10月8日\n"
                "第二巡察组\n邱国栋\n后勤保障处党总支\n10月9日\n第 1 页 共 2 页\n甲理工大学党委巡察工作领导小组办公室\n"
                "校党委副书记刘某出席进驻会并讲话。\n",
        "inspections": {("第一巡察组", "化学学院党委"), ("第二巡察组", "后勤保障处党总支")},
        "not_targets": {"甲理工大学党委巡察工作领导小组办公室"},
        "posts": {("邱国栋", "组长", "第二巡察组")},
    },
    "a footnote's superscript after a unit in a table's cell is no part of its name": {
        "text": "省委2个巡视组已完成进驻。\n组别\n组长\n被巡视党组织\n第一巡视组\n殷志刚\n省卫生健康委员会党组¹\n"
                "第二巡视组\n祁晓燕\n丙市委²\n注:¹聚焦医疗卫生领域开展专项巡视。\n",
        "inspections": {("第一巡视组", "省卫生健康委员会党组"), ("第二巡视组", "丙市委")},
    },
    "a roster of the teams' members (组别 姓名 职务), the team's cell merged over its rows": {
        "text": "附件\n市委各巡察组人员名单\n组别              姓名        职务\n市委第一巡察组    祝永康      组长\n"
                "                  樊晓蕾      副组长\n                  岑一鸣      一级主任科员\n市委第二巡察组    卓立夫      组长\n"
                "                  闵雅婷      副组长\n",
        "posts": {("祝永康", "组长", "市委第一巡察组"), ("樊晓蕾", "副组长", "市委第一巡察组"), ("岑一鸣", "一级主任科员", "市委第一巡察组"),
                  ("卓立夫", "组长", "市委第二巡察组"), ("闵雅婷", "副组长", "市委第二巡察组")},
    },
    "the same in Traditional, tabs between the cells": {
        "text": "區委各巡察組人員名單\n組別\t姓名\t職務\n區委第一巡察組\t諶立新\t組長\n\t饒玉芬\t副組長\n區委第二巡察組\t官志遠\t組長\n",
        "posts": {("谌立新", "组长", "区委第一巡察组"), ("饶玉芬", "副组长", "区委第一巡察组"), ("官志远", "组长", "区委第二巡察组")},
    },
    "negative: a roster's merged row whose name cell holds a sentence continues nothing": {
        "text": "组别 姓名 职务\n市委第一巡察组 祝永康 组长\n                  以上人员名单如有调整另行通知\n",
        "posts": {("祝永康", "组长", "市委第一巡察组")},
        "not_people": {"以上人员名单如有调整另行通知"},
    },
    "teams listed with their ordinals wrapped at a fixed width (第一、第⏎二、第三巡察组分别对A、B、C)": {
        "text": "根据市委统一部署,2024年4月8日至6月7日,市委第一、第\n二、第三巡察组分别对市住房和城乡建设局党组、市城市管理局\n"
                "党组、市供销合作社联合社党组开展常规巡察,市委第四巡察\n组对市医疗保障局党组开展常规巡察。\n",
        "inspections": {("市委第一巡察组", "市住房和城乡建设局党组"), ("市委第二巡察组", "市城市管理局党组"),
                        ("市委第三巡察组", "市供销合作社联合社党组"), ("市委第四巡察组", "市医疗保障局党组")},
    },
    "the same in Traditional, the next line opening as a heading would (二、第三巡察組)": {
        "text": "根據縣委統一部署,2024年9月2日至10月31日,縣委第一、第\n二、第三巡察組分別對縣教育局黨組、縣人民醫院黨委、\n縣城投集團黨委開展常規巡察。\n",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第二巡察组", "县人民医院党委"), ("县委第三巡察组", "县城投集团党委")},
    },
    # ---------------------------------------------------------------- a team's units parted by ；, moved into or inspected
    "a team moved into units parted by ；, then inspected others parted by ； (one paragraph a team)": {
        "text": "9月9日,县委第一巡察组进驻县自然资源局及其下属单位；县林业局；县水利局,组长姚某。\n"
                "9月11日,县委第四巡察组进驻县商务局；县市场监督管理局,对县城乡供水有限公司；县交通投资有限公司开展专项巡察,组长司某。",
        "inspections": {("县委第一巡察组", "县自然资源局"), ("县委第一巡察组", "县林业局"), ("县委第一巡察组", "县水利局"),
                        ("县委第四巡察组", "县商务局"), ("县委第四巡察组", "县市场监督管理局"),
                        ("县委第四巡察组", "县城乡供水有限公司"), ("县委第四巡察组", "县交通投资有限公司")},
        "modes": {"县交通投资有限公司": "专项"},
        "issued": "2024-09-12",
    },
    "the same in Traditional (Hong Kong forms)": {
        "text": "9月10日,縣委第二巡察組進駐縣住房和城鄉建設局；縣交通運輸局；縣應急管理局,組長韋某。",
        "inspections": {("县委第二巡察组", "县住房和城乡建设局"), ("县委第二巡察组", "县交通运输局"), ("县委第二巡察组", "县应急管理局")},
        "issued": "2024-09-12",
    },
    "negative: a clause after ；naming another team's move is no unit of the first": {
        "text": "市委第一巡察组进驻甲街道党工委；市委第二巡察组进驻乙街道党工委。",
        "inspections": {("市委第一巡察组", "甲街道党工委"), ("市委第二巡察组", "乙街道党工委")},
    },
    "rows numbered in brackets, the unit before its team, then the mode and the day it moved in": {
        "text": "集团党委第一轮巡察于2026年3月2日启动。被巡察单位、巡察组及进驻时间如下:\n"
                "(1)甲高速公路运营管理有限公司党委 第一巡察组 常规巡察 3月2日\n(2)乙城际铁路投资有限公司党委 第二巡察组 专项巡察 3月6日\n"
                "(3)丙养护工程有限公司党委 第二巡察组 巡察“回头看” 3月4日\n",
        "inspections": {("第一巡察组", "甲高速公路运营管理有限公司党委"), ("第二巡察组", "乙城际铁路投资有限公司党委"),
                        ("第二巡察组", "丙养护工程有限公司党委")},
        "modes": {"乙城际铁路投资有限公司党委": "专项", "丙养护工程有限公司党委": "回头看"},
        "dates": {"乙城际铁路投资有限公司党委": ("2026-03-06", None)},
        "issued": "2026-03-13",
    },
    "the same in Traditional (Taiwan forms)": {
        "text": "集團黨委第一輪巡察於2026年3月2日啟動。\n(1)甲物流集團有限公司黨委 第一巡察組 常規巡察 3月4日\n"
                "(2)乙置業有限公司黨委 第三巡察組 常規巡察 3月6日\n",
        "inspections": {("第一巡察组", "甲物流集团有限公司党委"), ("第三巡察组", "乙置业有限公司党委")},
        "dates": {"乙置业有限公司党委": ("2026-03-06", None)},
        "issued": "2026-03-13",
    },
    "negative: a sentence after the team on a unit's line is no row": {
        "text": "(1)甲公司党委 第一巡察组 常规巡察期间发现问题12个\n",
        "inspections": set(),
    },
    "the units that published their rectification, numbered, each with its day in brackets": {
        "text": "2025年3月中旬至5月下旬,县委第一至第四巡察组对3个单位党组织开展了常规巡察。截至10月8日,以下3个被巡察党组织已在"
                "县纪委监委网站公布整改进展情况:\n1.县发展和改革局党组(9月12日)\n2.县财政局党组(9月12日)\n3.柳塘镇党委(9月23日)\n",
        "inspections": {(None, "县发展和改革局党组"), (None, "县财政局党组"), (None, "柳塘镇党委")},
        "dates": {"柳塘镇党委": ("2025-03", "2025-05")},
        "issued": "2025-10-09",
    },
    "negative: the round's teams, their name broken by stray spaces, are no unit of the round (本轮巡察的3个巡 察 组分别向…)": {
        "text": "十届市委第二轮巡察于2024年4月8日至6月7日对3个市直单位党组开展了常规巡察。近日,本轮巡察的3个巡 察 组分别向被巡察"
                "党组织反馈巡察情况。",
        "inspections": {(None, "3个市直单位党组")},
        "not_targets": {"3个巡察组分别向被巡察党组织", "3个巡 察 组分别向被巡察党组织"},
        "issued": "2024-07-01",
    },
    "the same in Traditional": {
        "text": "十屆市委第二輪巡察於2024年4月8日至6月7日對2個市直單位黨組開展了常規巡察。近日,本輪巡察的2個巡 察 組分別向被巡察"
                "黨組織反饋巡察情況。",
        "inspections": {(None, "2个市直单位党组")},
        "issued": "2024-07-01",
    },
    "a cell a line under 序号: a row opens with its number and then its team": {
        "text": "市委2个巡察组已完成进驻。\n序号\n巡察组\n组长\n被巡察单位\n1\n市委第一巡察组\n邢建军\n市财政局党组\n"
                "市审计局党组\n2\n市委第二巡察组\n蔺小梅\n市商务局党组\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市商务局党组")},
        "posts": {("邢建军", "组长", "市委第一巡察组"), ("蔺小梅", "组长", "市委第二巡察组")},
    },
    "a cell a line under 序号 (Traditional)": {
        "text": "市委2個巡察組已完成進駐。\n序號\n巡察組\n組長\n被巡察單位\n1\n市委第一巡察組\n邢建軍\n市財政局黨組\n"
                "市審計局黨組\n2\n市委第二巡察組\n藺小梅\n市商務局黨組\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市商务局党组")},
    },
    "negative: a roster one cell a line under 序号 (no team column) keeps rows of the header's size": {
        "text": "市委巡察组名单如下。\n序号\n姓名\n职务\n1\n邢建军\n市纪委副书记\n2\n蔺小梅\n市委组织部副部长\n",
        "posts": {("邢建军", "市纪委副书记", None), ("蔺小梅", "市委组织部副部长", None)},
        "no_inspections": True,
    },
    "negative: the paragraph after a table one cell a line is no cell": {
        "text": "省委2个巡视组已完成进驻。\n组别\n组长\n被巡视单位\n省委第一巡视组\n樊建业\n甲市委\n"
                "巡视期间,各巡视组设立值班电话,受理来信来访。",
        "inspections": {("省委第一巡视组", "甲市委")},
    },
    # ---------------------------------------------------------------- a team's line: leaders in brackets, units after
    "第一巡察组(组长:X):A、B; one line a team": {
        "text": "4月8日,县委2个巡察组完成进驻,开展了常规巡察。\n第一巡察组(组长:邢建军):甲镇党委、乙镇党委;\n"
                "第二巡察组(组长:蔺小梅):丙镇党委。\n",
        "inspections": {("第一巡察组", "甲镇党委"), ("第一巡察组", "乙镇党委"), ("第二巡察组", "丙镇党委")},
        "posts": {("邢建军", "组长", "第一巡察组")},
    },
    "第一巡察組(組長:X):A、B (Traditional)": {
        "text": "4月8日,縣委2個巡察組完成進駐,開展了常規巡察。\n第一巡察組(組長:邢建軍):甲鎮黨委、乙鎮黨委;\n"
                "第二巡察組(組長:藺小梅):丙鎮黨委。\n",
        "inspections": {("第一巡察组", "甲镇党委"), ("第一巡察组", "乙镇党委"), ("第二巡察组", "丙镇党委")},
    },
    "negative: a team's line giving its telephone after the colon names no unit": {
        "text": "4月8日,县委2个巡察组完成进驻,开展了常规巡察。\n第一巡察组(值班时间:8:00—18:00):0871-6123456;\n",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a dispatcher never across a line break
    "negative: a unit ending the line before is no dispatcher of the team opening the next": {
        "text": "巡察组 组长 被巡察党组织\n第一巡察组 贾文东 东湖镇党委\n第二巡察组 温丽华 西湾乡党委\n",
        "teams": {"第二巡察组"},
        "not_teams": {"东湖镇党委第二巡察组"},
    },
    # ---------------------------------------------------------------- a group's feedback shared out by 其中
    "5个巡察组分别向A…反馈 … 其中 each team's own units": {
        "text": "6月3日至6日,分行党委3个巡察组分别向甲支行、乙支行、丙支行等3家支行党委反馈巡察情况。\n"
                "其中,第一巡察组向甲支行党委反馈;第二巡察组向乙支行党委、丙支行党委反馈。",
        "feedback": {("第一巡察组", "甲支行党委", None), ("第二巡察组", "乙支行党委", None),
                     ("第二巡察组", "丙支行党委", None)},
    },
    "a group's feedback shared out by 其中 (Traditional)": {
        "text": "6月3日至6日,分行黨委2個巡察組分別向甲支行、乙支行黨委反饋巡察情況。\n"
                "其中,第一巡察組向甲支行黨委反饋;第二巡察組向乙支行黨委反饋。",
        "feedback": {("第一巡察组", "甲支行党委", None), ("第二巡察组", "乙支行党委", None)},
    },
    # ---------------------------------------------------------------- the round's period, stated once
    "巡察时间为A至B dates the teams' units named after it": {
        "text": "学院党委派出2个巡察组,巡察时间为4月10日至6月9日。其中,第1巡察组负责巡察化学系党总支;"
                "第2巡察组负责巡察物理系党总支。",
        "issued": "2025-04-11",
        "dates": {"化学系党总支": ("2025-04-10", "2025-06-09"), "物理系党总支": ("2025-04-10", "2025-06-09")},
    },
    "…,时间为A至B after the teams' units (Traditional)": {
        "text": "市檢察院黨組第一巡察組對甲區人民檢察院黨組開展專項巡察。專項巡察將重點檢查案件質量,時間為3月1日至4月15日。",
        "issued": "2025-03-03",
        "dates": {"甲区人民检察院党组": ("2025-03-01", "2025-04-15")},
    },
    "negative: 巡察时间为2个月左右 states no period": {
        "text": "市委第一巡察组对甲区卫健局党组开展专项巡察。巡察时间为2个月左右。",
        "issued": "2025-03-03",
        "dates": {"甲区卫健局党组": (None, None)},
    },
    "negative: 整改时间为A至B is no period of the round": {
        "text": "市委第一巡察组对甲区卫健局党组开展专项巡察。整改时间为3月1日至4月15日。",
        "issued": "2025-03-03",
        "dates": {"甲区卫健局党组": (None, None)},
    },
    # ---------------------------------------------------------------- 进驻A并召开动员会
    "进驻A并召开动员会: the unit moved into ends before 并": {
        "text": "3月1日上午,县委第二巡察组进驻县医保局并召开见面沟通会。",
        "inspections": {("县委第二巡察组", "县医保局")},
    },
    "進駐A並召開動員會 (Traditional)": {
        "text": "3月1日上午,縣委第二巡察組進駐縣醫保局並召開見面溝通會。",
        "inspections": {("县委第二巡察组", "县医保局")},
    },
    # ---------------------------------------------------------------- a round-up: the team's units as subject
    "X巡视组巡视的A、B,反馈问题… / 反馈的C表示…": {
        "text": "省委第四轮巡视于去年10月至12月对5个地方和单位开展了常规巡视。省委第一巡视组巡视的甲市、乙市,反馈问题分别为"
                "27个和25个;省委第三巡视组反馈的省科技厅党组表示,已整改问题19个。",
        "issued": "2026-05-20",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第一巡视组", "乙市"), ("省委第三巡视组", "省科技厅党组"),
                        (None, "5个地方和单位")},
    },
    "X巡視組巡視的A、B整改完成率均超過九成 (Traditional)": {
        "text": "省委第二巡視組巡視的丙縣、丁縣整改完成率均超過九成。",
        "inspections": {("省委第二巡视组", "丙县"), ("省委第二巡视组", "丁县")},
    },
    "negative: 巡视的重点 names no unit": {
        "text": "省委第二巡视组巡视的重点是落实主体责任情况,巡视期间设立值班电话。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- units that publish their rectification
    "此外,A、B等单位也于同日公布了整改进展 after a sentence on the inspection": {
        "text": "省委第四巡视组巡视的甲大学党委公布了整改报告。此外,省水务厅、省文旅厅、乙投资集团有限公司等单位"
                "也于同日公布了整改进展。",
        "inspections": {("省委第四巡视组", "甲大学党委"), (None, "省水务厅"), (None, "省文旅厅"), (None, "乙投资集团有限公司")},
    },
    "此外,A、B也公布了整改進展 (Traditional)": {
        "text": "省委第四巡視組巡視的甲大學黨委公布了整改報告。此外,省水務廳、省文旅廳也公布了整改進展。",
        "inspections": {("省委第四巡视组", "甲大学党委"), (None, "省水务厅"), (None, "省文旅厅")},
    },
    "negative: 此外 after a sentence on an environmental inspection publishes nothing of ours": {
        "text": "中央第一生态环境保护督察组进驻甲省。此外,省水务厅、省文旅厅等单位也于同日公布了整改进展。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- A、B、C3省: a count glued to the last unit
    "中央第七、第八巡视组分别进驻A、B2省": {
        "text": "中央第七、第八巡视组分别进驻河南、湖南2省。",
        "inspections": {("中央第七巡视组", "河南"), ("中央第八巡视组", "湖南")},
    },
    "分別進駐A、B兩省 (Traditional)": {
        "text": "中央第九、第十巡視組分別進駐廣東、海南兩省。",
        "inspections": {("中央第九巡视组", "广东"), ("中央第十巡视组", "海南")},
    },
    "negative: a place whose name opens with a numeral keeps it": {
        "text": "中央第六巡视组进驻甲省、乙省、四平市。",
        "inspections": {("中央第六巡视组", "甲省"), ("中央第六巡视组", "乙省"), ("中央第六巡视组", "四平市")},
    },
    # ---------------------------------------------------------------- 被巡视单位党委 / 上述N县县委
    "向被巡视单位党委反馈: the units each team inspected": {
        "text": "11月3日至7日,公司党委2个巡视组陆续向被巡视单位党委反馈巡视意见。\n"
                "巡视第一组向甲工程局有限公司党委反馈;\n巡视第二组向乙投资有限公司党委反馈。",
        "feedback": {("巡视第一组", "甲工程局有限公司党委", None), ("巡视第二组", "乙投资有限公司党委", None)},
    },
    "向上述2縣縣委反饋: the units named before (Traditional)": {
        "text": "今年3月至4月,省委2個巡視組對甲縣、乙縣開展了巡視「回頭看」。6月2日至3日,各巡視組陸續向上述2縣縣委反饋。"
                "其中,省委第一巡視組向甲縣委反饋;省委第三巡視組向乙縣委反饋。",
        "issued": "2026-06-05",
        "feedback": {("省委第一巡视组", "甲县委", None), ("省委第三巡视组", "乙县委", None)},
    },
    # ---------------------------------------------------------------- teams listed by ordinal, leaders listed after
    "第五、第六巡察组组长甲、乙分别向A、B反馈: each leads its team": {
        "text": "市委第四巡察组组长封立新向甲县委反馈;第五、第六巡察组组长柯文涛、房晓梅分别向市林业局党组、市粮食局党组反馈。",
        "posts": {("柯文涛", "组长", "市委第五巡察组"), ("房晓梅", "组长", "市委第六巡察组"),
                  ("封立新", "组长", "市委第四巡察组")},
        "teams": {"市委第五巡察组", "市委第六巡察组"},
    },
    "第五、第六巡察組組長甲、乙 (Traditional)": {
        "text": "市委第四巡察組組長封立新向甲縣委反饋;第五、第六巡察組組長柯文濤、房曉梅分別向市林業局黨組、市糧食局黨組反饋。",
        "posts": {("柯文涛", "组长", "市委第五巡察组"), ("房晓梅", "组长", "市委第六巡察组")},
    },
    "negative: one name after teams listed by ordinal is no pairing": {
        "text": "第五、第六巡察组组长柯文涛指出,要抓好整改。",
        "not_posts": {("柯文涛", "组长", "第五巡察组")},
    },
    # ---------------------------------------------------------------- a bare team of the committee of the others
    "negative: teams of two committees leave a bare one without a dispatcher": {
        "text": "市委第一巡察组向甲县委反馈;县委第二巡察组向乙镇党委反馈;第三巡察组向丙镇党委反馈。",
        "teams": {"第三巡察组"},
    },
    # ---------------------------------------------------------------- 组长为X / 组长由(posts)X担任
    "…进驻A,组长为X": {
        "text": "省委第一专项巡视组8月5日进驻甲保税区,组长为邝文斌;省委第二专项巡视组进驻乙港区,组长是闵雅琴。",
        "posts": {("邝文斌", "组长", "省委第一专项巡视组"), ("闵雅琴", "组长", "省委第二专项巡视组")},
    },
    "…進駐A,組長為X (Traditional)": {
        "text": "省委第一專項巡視組8月5日進駐甲保稅區,組長為鄺文斌。",
        "posts": {("邝文斌", "组长", "省委第一专项巡视组")},
    },
    "negative: 组长为进一步… names no one": {
        "text": "省委第一巡视组进驻甲市,组长为进一步做好工作提出要求。",
        "posts": set(),
        "not_people": {"进一步"},
    },
    "组长由(posts)X担任: the name's own posts first": {
        "text": "第一巡察组组长由县检察院党组成员、副检察长庞国梁担任,第二巡察组组长由县纪委副书记鲍立群担任。",
        "posts": {("庞国梁", "组长", "第一巡察组"), ("庞国梁", "副检察长", None), ("鲍立群", "组长", "第二巡察组")},
    },
    "組長由(posts)X擔任 (Traditional)": {
        "text": "第一巡察組組長由縣檢察院黨組成員、副檢察長龐國梁擔任。",
        "posts": {("庞国梁", "组长", "第一巡察组")},
    },
    # ---------------------------------------------------------------- posts: a level before the head, 一同
    "市级总河长 / 二级巡视员 are posts; 一同 closes a name": {
        "text": "市委常委、副市长、市级总河长祁明达带队督导防汛。省林业局二级巡视员甄德馨一同检查。",
        "posts": {("祁明达", "市级总河长", None), ("祁明达", "副市长", None), ("甄德馨", "二级巡视员", None)},
        "no_facts": True,
    },
    "市級總河長 (Traditional)": {
        "text": "市委常委、副市長、市級總河長祁明達帶隊督導防汛。",
        "posts": {("祁明达", "市级总河长", None)},
        "no_facts": True,
    },
    # ---------------------------------------------------------------- a name ending in a joiner
    "某庆和指出: 和 before a trigger word is the name's own": {
        "text": "省委第三巡视组向乙市委反馈。组长晏庆和指出,要认真整改。",
        "people": {"晏庆和"},
        "not_people": {"晏庆"},
    },
    "組長晏慶和表示 (Traditional)": {
        "text": "省委第三巡視組向乙市委反饋。組長晏慶和表示,要認真整改。",
        "people": {"晏庆和"},
    },
    "negative: 和 between two names joins them": {
        "text": "省委第三巡视组组长晏平和副组长邝明指出,要认真整改。",
        "people": {"晏平", "邝明"},
        "not_people": {"晏平和"},
    },
    # ---------------------------------------------------------------- the round's teams are no units of the round
    "negative: 第八轮巡视的12个巡视组完成对… names no unit": {
        "text": "十四届省委第八轮巡视的12个巡视组日前完成对9个县和7家省直单位的巡视意见反馈。",
        "not_targets": {"12个巡视组日前完成对9个县"},
    },
    # ---------------------------------------------------------------- a group's inspection beside its numbered teams
    "2个专项巡察组对A、B开展专项巡察 … 第一专项巡察组进驻A: the units are the numbered teams'": {
        "text": "市委日前派出2个专项巡察组,对甲街道党工委、乙街道党工委开展专项巡察。市委第一专项巡察组进驻甲街道;"
                "市委第二专项巡察组进驻乙街道。",
        "inspections": {("市委第一专项巡察组", "甲街道党工委"), ("市委第二专项巡察组", "乙街道党工委")},
    },
    # ---------------------------------------------------------------- a round's feedback to the units of no team
    "对N个单位开展了巡视,随后进行了反馈: the units no team is named for have feedback too": {
        "text": "省委第四轮巡视于去年10月至12月对3个单位开展了常规巡视,之后进行了反馈。省委第一巡视组巡视的甲市"
                "整改完成率达95%;省委第二巡视组巡视的乙市整改完成率达八成。此外,省水务厅也公布了整改进展。",
        "issued": "2026-05-20",
        "feedback": {("省委第一巡视组", "甲市", None), ("省委第二巡视组", "乙市", None), (None, "省水务厅", None)},
    },
    # ---------------------------------------------------------------- a unit written bare, its party body named
    "A、B及C党委: the unit as written is a name of its party body": {
        "text": "省委第五巡视组分别进驻甲能源有限公司、乙物流有限公司及丙水务有限公司党委。",
        "aliases": {"甲能源有限公司党委": "甲能源有限公司"},
    },
    "甲村、乙村党支部: each its own body, the village as written a name of it": {
        "text": "县委第二巡察组向东岭镇石桥村、柿子沟村党支部反馈巡察情况。",
        "aliases": {"东岭镇石桥村党支部": "东岭镇石桥村"},
        "not_aliases": {"柿子沟村党支部": "柿子沟村"},  # written with its body
    },
    "甲村、乙村黨支部 (Traditional)": {
        "text": "縣委第二巡察組向東嶺鎮石橋村、柿子溝村黨支部反饋巡察情況。",
        "aliases": {"东岭镇石桥村党支部": "东岭镇石桥村"},
    },
    "negative: a unit always written with its body has no bare name": {
        "text": "县委第二巡察组向柿子沟村党支部反馈巡察情况。",
        "not_aliases": {"柿子沟村党支部": "柿子沟村"},
    },
    # ---------------------------------------------------------------- one inspection per team and unit
    "第一巡察组对A、B开展专项巡察 … 第一巡察组进驻A: one inspection of A, of the round's period": {
        "text": "县检察院党组第一巡察组对甲镇检察室党支部、乙镇检察室党支部开展专项巡察,时间为3月5日至4月20日。"
                "3月5日上午,第一巡察组进驻甲镇检察室党支部并召开动员会。",
        "issued": "2025-03-06",
        "dates": {"甲镇检察室党支部": ("2025-03-05", "2025-04-20"), "乙镇检察室党支部": ("2025-03-05", "2025-04-20")},
        "inspection_count": {"甲镇检察室党支部": 1},
    },
    "第一巡察組對A、B開展專項巡察 … 進駐A (Traditional)": {
        "text": "縣檢察院黨組第一巡察組對甲鎮檢察室黨支部、乙鎮檢察室黨支部開展專項巡察,時間為3月5日至4月20日。"
                "3月5日上午,第一巡察組進駐甲鎮檢察室黨支部並召開動員會。",
        "issued": "2025-03-06",
        "inspection_count": {"甲镇检察室党支部": 1},
    },
    "negative: the same team's later 回头看 of one of its units is another inspection": {
        "text": "2023年5月,县委第一巡察组对甲镇党委、乙镇党委开展了常规巡察。2025年3月,县委第一巡察组对甲镇党委开展了巡察“回头看”。",
        "inspection_count": {"甲镇党委": 2},
    },
    # ---------------------------------------------------------------- a team goes to (赴) the units it inspects
    "赴X开展巡察: the team goes to the unit": {
        "text": "5月6日,县委第二巡察组赴县交通运输局开展常规巡察。",
        "issued": "2024-05-08",
        "inspections": {("县委第二巡察组", "县交通运输局")},
        "dates": {"县交通运输局": ("2024-05-06", None)},
        "modes": {"县交通运输局": "常规"},
    },
    "分别赴A、B开展巡视 (Traditional)": {
        "text": "5月6日,省委第三巡視組分別赴青石市委、省交通運輸廳黨組開展專項巡視。",
        "inspections": {("省委第三巡视组", "青石市委"), ("省委第三巡视组", "省交通运输厅党组")},
        "modes": {"青石市委": "专项"},
    },
    "negative: someone else going to a unit for inspection work is no inspection": {
        "text": "5月6日,县委巡察办主任王明赴县交通运输局开展巡察工作调研。县委书记赴县财政局开展巡察整改督导。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- problems
    "失之于宽 / 盲目举债 end or open problems": {
        "text": "4月9日,分行党委第二巡察组向甲支行党委反馈。反馈指出,甲支行党委存在考勤管理失之于宽、"
                "党支部组织生活不规范等问题。\n省委第六巡视组向乙集团党委反馈。反馈指出,集团党委存在违规担保、盲目举债等问题。",
        "issues": {"考勤管理失之于宽", "党支部组织生活不规范", "违规担保", "盲目举债"},
    },
    "重X轻Y in a list of problems (Traditional)": {
        "text": "省委巡視組向省商務廳黨組反饋。反饋指出,省商務廳黨組存在「重審批輕監管」、部分項目驗收不嚴格等問題。",
        "issues": {"重审批轻监管", "部分项目验收不严格"},
    },
    "反馈指出,甲县委「A」;乙县委则被指「B」;丙县委「C」: each quote": {
        "text": "市委巡察组向甲区委、乙区委、丙区委反馈。反馈指出,甲区委「干部队伍建设存在短板」;乙区委则被指「债务风险问题仍较突出」;"
                "丙区委「上轮巡察整改不到位」。",
        "issues": {"干部队伍建设存在短板", "债务风险问题仍较突出", "上轮巡察整改不到位"},
    },
    "negative: 重点 and a quote of what a team looks for are no problems": {
        "text": "巡视组将紧盯「一把手」「关键少数」等开展监督,重点检查落实情况。",
        "no_issues": True,
    },
    # ---------------------------------------------------------------- a table whose rows lost their line breaks
    "a table's rows run together on one line after its header (序号 巡察组 被巡察党组织 巡察时间 1 第一巡察组 A … 2 …)": {
        "text": "现将各巡察组进驻安排公告如下:\n序号 巡察组 被巡察党组织 巡察时间 1 第一巡察组 县财政局党组 4月8日至6月7日 "
                "2 第一巡察组 县统计局 4月8日至6月7日 3 第二巡察组 县教育局党组 4月9日至6月8日",
        "inspections": {("第一巡察组", "县财政局党组"), ("第一巡察组", "县统计局"), ("第二巡察组", "县教育局党组")},
        "dates": {"县教育局党组": ("2024-04-09", "2024-06-08")},
        "issued": "2024-04-05",
    },
    "the same with bars and figures, the rows over the lines the copy kept (…|14|9|2|市审计局党组|…)": {
        "text": "序号|被巡察单位|巡察组|巡察时间|反馈时间|反馈问题数|已整改数|1|市财政局党组|市委第一巡察组|3月11日—5月10日|6月17日|14|9|"
                "2|市审计局党组|市委第一巡察组|3月11日—5月10日|6月17日|15|11|\n3|市统计局党组|市委第二巡察组|3月12日—5月11日|6月18日|15|10|",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市统计局党组")},
        "issued": "2024-09-01",
    },
    "negative: a sentence with numbers after a few column words is no table (序号 组别 名称 1 个)": {
        "text": "表格包括序号 组别 名称 1 个字段,共 2 行。",
        "no_inspections": True,
        "normalised": ("序号 组别 名称 1 个字段",),
    },
    "the same in Traditional, the first row glued to the header and zero-padded numbers (巡察方式01 一組 …)": {
        "text": "序號 組別 被巡察黨組織 進駐時間 巡察方式01 區委第一巡察組 區財政局黨組 9月4日 常規巡察 02 區委第一巡察組 區審計局 9月4日 "
                "常規巡察 03 區委第二巡察組 區教育局黨組 9月5日 常規巡察",
        "inspections": {("区委第一巡察组", "区财政局党组"), ("区委第一巡察组", "区审计局"), ("区委第二巡察组", "区教育局党组")},
        "issued": "2024-09-06",
    },
    "a header on its own line, the rows after it partly run together (序号 …⏎1 A …⏎2 B … 3 C …)": {
        "text": "序号 被巡察党组织 巡察组 巡察方式 反馈时间\n1 县公安局党委 县委第一巡察组 常规 1月15日\n"
                "2 县司法局党组 县委第一巡察组 常规 1月15日 3 县信访局党组 县委第二巡察组 常规 1月16日",
        "inspections": {("县委第一巡察组", "县公安局党委"), ("县委第一巡察组", "县司法局党组"), ("县委第二巡察组", "县信访局党组")},
        "issued": "2025-02-01",
    },
    "a run-together row broken over two lines, the next row opening inside the second (…党组⏎9月5日 常规巡察11 三组 …)": {
        "text": "序号 组别 被巡察党组织 进驻时间 巡察方式\n1 区委第一巡察组 区财政局党组 9月4日 常规巡察\n"
                "2 区委第一巡察组 区住房和城乡建设局党组\n9月5日 常规巡察3 区委第二巡察组 区交通运输局 9月5日 常规巡察 "
                "4 区委第二巡察组 湖滨街道党工委 9月6日 巡察“回头看”5 区委第二巡察组 望江街道党工委 9月6日 巡察“回头看”",
        "inspections": {("区委第一巡察组", "区财政局党组"), ("区委第一巡察组", "区住房和城乡建设局党组"), ("区委第二巡察组", "区交通运输局"),
                        ("区委第二巡察组", "湖滨街道党工委"), ("区委第二巡察组", "望江街道党工委")},
        "dates": {"区住房和城乡建设局党组": ("2024-09-05", None)},
        "normalised": ("2 区委第一巡察组 区住房和城乡建设局党组 9月5日 常规巡察\n3 ", "巡察“回头看”\n5 区委第二巡察组"),
        "issued": "2024-09-07",
    },
    "the same in Traditional: a range broken after its dash, an empty cell's dash before the next row": {
        "text": "序號 巡察組 被巡察黨組織 巡察時間 反饋時間\n1 縣委第一巡察組 縣民政局黨組 3月4日-\n4月26日 5月27日 "
                "2 縣委第一巡察組 鹿城鎮黨委 8月26日-10月25日 —3 縣委第二巡察組 縣圖書館 8月26日-10月25日 —",
        "inspections": {("县委第一巡察组", "县民政局党组"), ("县委第一巡察组", "鹿城镇党委"), ("县委第二巡察组", "县图书馆")},
        "dates": {"县民政局党组": ("2024-03-04", "2024-04-26"), "县图书馆": ("2024-08-26", "2024-10-25")},
        "feedback": {("县委第一巡察组", "县民政局党组", "2024-05-27")},
        "normalised": ("3月4日-4月26日", "—\n3 县委第二巡察组"),
        "issued": "2024-09-27",
    },
    "single figures between spaces stay a row's cells, the next row after them (1月16日 8 8 0 4 …)": {
        "text": "序号 被巡察党组织 巡察组 反馈时间 反馈问题 已整改 正在整改\n1 县公安局党委 县委第一巡察组 1月15日 19 17 2 "
                "2 县司法局党组 县委第一巡察组 1月15日 12 11 1 3 县武装部党委 县委第一巡察组 1月16日 8 8 0 4 县信访局党组 "
                "县委第二巡察组 1月16日 9 8 1",
        "inspections": {("县委第一巡察组", "县公安局党委"), ("县委第一巡察组", "县司法局党组"), ("县委第一巡察组", "县武装部党委"),
                        ("县委第二巡察组", "县信访局党组")},
        "normalised": ("1月16日 8 8 0 \n4 县信访局党组",),
        "issued": "2024-04-18",
    },
    "negative: a letter-spaced heading is still joined (巡 察 反 馈 会)": {
        "text": "巡 察 反 馈 会 召 开\n县委第一巡察组向县民政局党组反馈巡察情况。",
        "normalised": ("巡察反馈会召开",),
        "feedback": {("县委第一巡察组", "县民政局党组", None)},
    },
    "a table of units and their figures with a totals row whose label spans the columns before the figures": {
        "text": "关于十五届县委第四轮巡察整改情况的通报\n截至3月31日,各单位整改情况如下:\n"
                "序号 被巡察党组织 巡察组 反馈时间 反馈问题 已整改 正在整改\n1 县公安局党委 县委第一巡察组 1月15日 19 17 2\n"
                "2 县人民医院党委 县委第二巡察组 ————\n3 县司法局党组 县委第二巡察组 1月16日 12 11 1\n合计 ———— 31 28 3",
        "counts": {"reported": 31, "rectified": 28, "ongoing": 3},
        "issued": "2024-04-18",
    },
    # ---------------------------------------------------------------- a round's units and its feedback said once for all
    "巡察组 | 被巡察党组织 | 整改进展情况 rows whose last cell holds a comma (two bars a row, as on the lines around it)": {
        "text": "十届市委第三轮巡察整改进展情况公开\n2023年6月至8月，十届市委第三轮巡察对市直14个单位党组织开展了常规巡察，9月上中旬完成反馈。"
                "现将各被巡察党组织整改进展情况公开如下：\n巡察组 | 被巡察党组织 | 整改进展情况\n"
                "市委第一巡察组 | 市发展和改革委员会党组 | 已完成整改22个，正在整改3个\n市委第一巡察组 | 市数据和政务服务局党组 | 已完成整改19个，正在整改2个\n"
                "市委第二巡察组 | 市工业和信息化局党组 | 已完成整改21个，正在整改4个\n市委第二巡察组 | 市国资委党委 | 已完成整改20个，正在整改5个\n"
                "市委第三巡察组 | 市农业农村局党组 | 已完成整改18个，正在整改2个\n市委第三巡察组 | 市第",
        "inspections": {("市委第一巡察组", "市发展和改革委员会党组"), ("市委第一巡察组", "市数据和政务服务局党组"),
                        ("市委第二巡察组", "市工业和信息化局党组"), ("市委第二巡察组", "市国资委党委"), ("市委第三巡察组", "市农业农村局党组"),
                        (None, "市直14个单位党组织")},  # (the page cut in the table: the count stays, for the units lost)
        "feedback": {(t, u, "2023-09") for t, u in [("市委第一巡察组", "市发展和改革委员会党组"), ("市委第一巡察组", "市数据和政务服务局党组"),
                                                  ("市委第二巡察组", "市工业和信息化局党组"), ("市委第二巡察组", "市国资委党委"),
                                                  ("市委第三巡察组", "市农业农村局党组"), (None, "市直14个单位党组织")]},
        "issued": "2023-12-14",
    },
    "the same in Traditional, 市直部門、國有企業和區屬單位共6個黨組織 (kinds, then their total), a team's units after its term": {
        "text": "七屆市委第十四輪巡察整改情況公開\n2022年3月至5月，七屆市委第十四輪巡察對市直部門、國有企業和區屬單位共6個黨組織開展了常規巡察，"
                "6月各巡察組分別向被巡察黨組織進行了反饋。現將有關情況公開如下：\n1.七屆市委第一巡察組：市會展局黨組、市旅遊集團有限公司黨委；\n"
                "2.七屆市委第二巡察組：市住房和城鄉建設局黨組、市自然資源和規劃局黨組；\n3.七屆市委第三巡察組：天涯區委、吉陽區委。\n"
                "本輪巡察共反饋問題168個。",
        "inspections": {("市委第一巡察组", "市会展局党组"), ("市委第一巡察组", "市旅游集团有限公司党委"), ("市委第二巡察组", "市住房和城乡建设局党组"),
                        ("市委第二巡察组", "市自然资源和规划局党组"), ("市委第三巡察组", "天涯区委"), ("市委第三巡察组", "吉阳区委")},
        "feedback": {(t, u, "2022-06") for t, u in [("市委第一巡察组", "市会展局党组"), ("市委第一巡察组", "市旅游集团有限公司党委"),
                                                  ("市委第二巡察组", "市住房和城乡建设局党组"), ("市委第二巡察组", "市自然资源和规划局党组"),
                                                  ("市委第三巡察组", "天涯区委"), ("市委第三巡察组", "吉阳区委")]},
        "issued": "2022-09-20",
    },
    "省委派出8个巡视组对4个市、12个省直单位…开展了专项巡视。7月中旬，巡视组完成反馈。⏎each team over its units' reports, the page cut": {
        "text": "省委2016年第一轮巡视整改情况公开\n2016年3月至5月，省委派出8个巡视组对4个市、12个省直单位和4个省属企业开展了专项巡视。"
                "7月中旬，巡视组完成反馈。被巡视党组织陆续公开了整改情况。现按巡视组别汇总如下：\n省委第一巡视组\n"
                "· 中共宣城市委关于专项巡视整改情况的通报\n· 中共安徽省教育厅党组关于专项巡视整改情况的通报\n省委第二巡视组\n"
                "· 中共黄山市委关于专项巡视整改情况的通报\n· 中共安徽省民政厅党组关于专项巡视整改情况的通报\n省委第三巡",
        "inspections": {("安徽省委第一巡视组", "中共宣城市委"), ("安徽省委第一巡视组", "中共安徽省教育厅党组"), ("安徽省委第二巡视组", "中共黄山市委"),
                        ("安徽省委第二巡视组", "中共安徽省民政厅党组"), (None, "4个市"), (None, "12个省直单位"), (None, "4个省属企业")},
        "feedback": {("安徽省委第一巡视组", "中共宣城市委", "2016-07"), ("安徽省委第一巡视组", "中共安徽省教育厅党组", "2016-07"),
                     ("安徽省委第二巡视组", "中共黄山市委", "2016-07"), ("安徽省委第二巡视组", "中共安徽省民政厅党组", "2016-07")},
        "issued": "2016-11-08",
    },
    "区教育局、区卫生健康委员会等3个区直部门党组织和盐东镇2个村党组织 (examples of one count, a place's another), a table of the 5": {
        "text": "关于十三届区委第十一轮巡察整改情况的公告\n2021年3月15日至5月14日，十三届区委第十一轮巡察对区教育局、区卫生健康委员会等3个区直部门"
                "(单位)党组织和盐东镇2个村(居)党组织开展了常规巡察，并于6月中下旬完成巡察反馈。现将整改情况通报予以公布。\n"
                "序号 | 组别 | 被巡察单位 | 整改通报\n1 | 区委第一巡察组 | 区教育局党组 | 查看\n2 | 区委第一巡察组 | 区体育局党组 | 查看\n"
                "3 | 区委第二巡察组 | 区卫生健康委员会党委 | 查看\n4 | 区委第三巡察组 | 盐东镇东南村党总支 | 查看\n5 | 区委第三巡察组 | 盐东镇新洋村党总支 | 查看\n"
                "监督电话:0515-88327012\n",
        "feedback": {(t, u, "2021-06") for t, u in [("区委第一巡察组", "区教育局党组"), ("区委第一巡察组", "区体育局党组"),
                                                  ("区委第二巡察组", "区卫生健康委员会党委"), ("区委第三巡察组", "盐东镇东南村党总支"),
                                                  ("区委第三巡察组", "盐东镇新洋村党总支")]},
        "issued": "2021-09-06",
    },
    "negative: A、B等2个单位 is a list of units, not a count of others (the unit named after it stays)": {
        "text": "十九届中央第九轮巡视完成进驻\n十九届中央第九轮巡视将对国家文物局、国家邮政局等2个中央单位党组织开展常规巡视。其中，中央第一巡视组进驻"
                "国家粮食和物资储备局。",
        "inspections": {(None, "国家文物局"), (None, "国家邮政局"), ("中央第一巡视组", "国家粮食和物资储备局")},
        "issued": "2022-03-20",
    },
    "T　组长：X　巡视A　联系电话：…　邮政信箱：… (a notice's line: the team, its leader, its verb and its unit, then contacts)": {
        "text": "省委巡视组近日陆续进驻被巡视地方和单位\n有关情况公布如下：\n　　省委第一巡视组　组长：廖德华　巡视荆州市　联系电话：0716-8468001　"
                "邮政信箱：荆州市A001号信箱\n　　省委第二巡视组　组长：伍长庚　巡视宜昌市　联系电话：0717-6255102　邮政信箱：宜昌市A002号信箱\n",
        "inspections": {("省委第一巡视组", "荆州市"), ("省委第二巡视组", "宜昌市")},
        "issued": "2014-05-08",
    },
    "the same in Traditional, 組長：X　巡察A、B (two units, no contacts)": {
        "text": "縣委巡察組進駐\n現將有關情況公佈如下：\n　　縣委第一巡察組　組長：王明　巡察縣財政局黨組、縣審計局黨組\n"
                "　　縣委第二巡察組　副組長：李強　巡察縣水利局黨組\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "县水利局党组")},
        "issued": "2021-04-08",
    },
    "negative: T　组长：X　巡视期间受理来信来电 (the leader's line, no unit after the verb)": {
        "text": "省委巡视组进驻\n　　省委第一巡视组　组长：廖德华　巡视期间受理来信来电\n",
        "inspections": set(),
        "issued": "2014-05-08",
    },
}

# Metadata lines of dense pages: a publisher (and the page's date) before the keys.
META_LINES: list[tuple[str, dict[str, str]]] = [
    ("甲省纪检监察网  2025-10-14 08:40  来源:省委巡视办", {"source": "省委巡视办", "issued": "2025-10-14"}),
    ("香港某某網  2025-02-26 11:05  來源:某省衞生健康委員會網站", {"source": "某省衞生健康委員會網站", "issued": "2025-02-26"}),
    ("某某能源集团有限公司  发布日期:2025年07月03日   来源:党委巡察办", {"issued": "2025-07-03", "source": "党委巡察办"}),
    ("2025-12-01  来源:支行纪委", {"issued": "2025-12-01", "source": "支行纪委"}),
    # a committee's office, a county's government site in its Traditional version, a bank's branch before the keys
    ("桐岭高新技术产业开发区管委会 | 发布时间:2023-07-03 | 阅读:573 | 分享:", {"issued": "2023-07-03"}),
    ("嶺西縣人民政府門戶網站（繁體版）  發佈日期：2023-11-27  信息來源：縣紀委監委  【簡體】【繁體】",
     {"issued": "2023-11-27", "source": "縣紀委監委"}),
    ("鶴陽市人民政府門戶網站 簡體|繁體  發佈時間：2024-07-12  來源：鶴陽廉政網", {"issued": "2024-07-12", "source": "鶴陽廉政網"}),
    ("雲峯區政府網繁體版  日期：2022-06-29  瀏覽次數：377", {"issued": "2022-06-29"}),
    ("兴农发展银行临江市分行　　发布日期：2024-08-16　　来源：办公室", {"issued": "2024-08-16", "source": "办公室"}),
    # keys in brackets (【发布时间】…), a bare 发布:
    ("【發布時間】2024-05-13　【來源】市委巡察辦　【瀏覽】1,236次", {"issued": "2024-05-13", "source": "市委巡察办"}),
    ("发布：2022-07-05　来源：南湖区财政局", {"issued": "2022-07-05", "source": "南湖区财政局"}),
    # negative: a sentence before the keys is no publisher
    ("根据省委统一部署,省委巡视组进驻 来源:略", {}),
    ("根据市委统一部署 时间:2021年5月6日至7月", {}),
]

# The page's date printed on a header line below the headline among names, labels and a 转载自 source (no key):
# (page, its publication date). Simplified and Traditional; negatives where the line is the article's.
HEADER_DATES: list[tuple[str, str | None]] = [
    # the keys after the site's furniture on one line (字号:大 中 小　发布时间:…)
    ("中共南原省高级人民法院党组关于省委巡视整改进展情况的通报\n字号：大 中 小　　发布时间：2024-02-28　　来源：南原省高级人民法院\n"
     "根据省委统一部署，省委第四巡视组对省高级人民法院党组进行了常规巡视。", "2024-02-28"),
    ("縣委第十一輪巡察整改情況公示\n【字體：大 中 小】 發布時間：2024-01-09 16:40:22 信息來源：縣委巡察辦\n按照要求，現將整改情況予以公示。",
     "2024-01-09"),
    # a newspaper's digital edition: its breadcrumb of the day and page above the headline
    ("东陵日报数字报 > 2024年05月16日 > 第3版：要闻\n省委巡视组完成十一届省委第九轮巡视反馈\n本报讯 5月13日至15日，省委巡视组反馈巡视情况。",
     "2024-05-16"),
    ("嶺南日報數字報 > 2023年12月14日 > 第04版：要聞\n省委第四巡視組向嶺南港務集團黨委反饋巡視情況\n本報訊 12月12日，省委第四巡視組反饋。",
     "2023-12-14"),
    ("江屿日报  2022-09-07  第A02版  记者 陈晓 通讯员 林某\n市委第九轮巡察完成进驻\n本报讯 9月5日至6日，市委巡察组完成进驻。", "2022-09-07"),
    # a company's name, the date and a counter (浏览量:326) under the headline
    ("集团党委2025年第二轮巡察启动\n华远控股集团　2025-08-12 08:30　浏览量:326\n8月11日,动员部署会召开。", "2025-08-12"),
    ("集團黨委巡察啟動\n華遠控股集團　2025-08-12 08:30　瀏覽量:326\n8月11日,動員部署會召開。", "2025-08-12"),
    ("某市:以巡视整改带动市县巡察联动\n某某日报  2023-12-18  记者 某某 通讯员 某某\n根据省委统一部署,省委巡视组进驻。", "2023-12-18"),
    ("縣委巡察組反饋鄉村振興專項巡察情況\n兩岸鄉訊網 2025-07-03 轉載自:某縣紀委監委網站\n6月30日,縣委第五巡察組反饋。", "2025-07-03"),
    ("东方日报 > 两岸 > 中国新闻\n2026年11月14日（星期六）\n中央巡视反馈 四省区被点名\n11月11日,中央第九巡视组反馈。", "2026-11-14"),
    ("县委巡察组进驻甲镇\n原创 清风某县 2025-03-12 08:30\n3月10日,县委巡察组进驻甲镇。", "2025-03-12"),
    # a WeChat repost keeps the account's line above the headline too (its place and 发表于 after the time)
    ("原创 清风某县 清风某县 2024-05-30 18:06 北京\n县委巡察组进驻甲镇\n5月28日,县委巡察组进驻甲镇。", "2024-05-30"),
    ("原創 健康某市 健康某市 2023-04-20 17:30 發表於湖南\n市衞健委黨組巡察組反饋巡察情況\n4月18日,巡察組反饋。", "2023-04-20"),
    ("健康某市 2023-04-20 17:30 发表于湖南\n市卫健委党组巡察组反馈巡察情况\n4月18日,巡察组反馈。", "2023-04-20"),
    # a sidebar of other pages' titles above the page's own headline: the metadata line under the headline still dates it
    ("某县人民政府 > 部门动态\n热点文章\n县委第一巡察组向县住建局党组反馈巡察情况\n十五届县委第三轮巡察公告\n"
     "县医保局开展医保基金专项整治\n发布日期：2023-08-09   来源：县医保局   浏览量：903\n今年6月以来，县医保局开展专项整治。",
     "2023-08-09"),
    ("某縣人民政府 > 部門動態\n熱點文章\n縣委第一巡察組向縣住建局黨組反饋巡察情況\n縣醫保局開展醫保基金專項整治\n"
     "發佈日期：2023-08-09   來源：縣醫保局\n今年6月以來，縣醫保局開展專項整治。", "2023-08-09"),
    # a headline that calls out (…冲刺! / …了吗?) is still the headline, the line below it dates the page
    ("开局即冲刺!某县启动第三轮村级交叉巡察\n原创 清风某县 2025-03-12 08:30\n3月10日,交叉巡察动员会召开。", "2025-03-12"),
    ("巡察組來了!某鎮三村迎來「體檢」\n原創 清風某縣 2025-04-02 09:10\n4月1日,縣委第二巡察組進駐。", "2025-04-02"),
    # a newspaper's masthead, above or below the headline: the paper, the date, the page and its section
    ("江东日报 2025年03月21日 第02版 要闻简报\n省委第三轮巡视完成进驻\n本报讯 3月18日,省委第一巡视组进驻甲市。", "2025-03-21"),
    ("中央巡視組進駐三省\n香江晨報 2025年4月9日 星期三 A12 中國新聞\n【本報訊】昨日,中央第三巡視組進駐甲省。", "2025-04-09"),
    ("內地簡訊\n香江晨報 2025年3月13日(星期四) A14\n■甲省委第四巡視組本週一(10日)進駐乙市。", "2025-03-13"),
    ("某某日报 2024年7月9日 星期二 第1版\n要闻简报\n■本报讯 8日,市委第一巡察组反馈巡察情况。", "2024-07-09"),
    ("某某日报  2024年03月15日 星期五  第01版：要闻\n某市扎实推进巡视整改\n本报讯 去年9月,省委第三巡视组对某市进行了巡视。",
     "2024-03-15"),
    # negative: a paper named in the article's sentence with a date is no masthead
    ("县委巡察组进驻甲镇\n某某日报2025年3月12日报道,县委巡察组进驻甲镇。", None),
    # negative: a line that calls out with a comma is the article's sentence, its date no header's
    ("县委巡察组进驻甲镇\n好消息,2025-03-12县委巡察组进驻甲镇!\n群众纷纷点赞。", None),
    # negative: a date inside the article's first sentence is no header's
    ("县委巡察组进驻甲镇\n县委第一巡察组于2025-03-12进驻甲镇开展巡察,为期一个月。", None),
    # a broadcast's and a form's dates; a printed notice's signature under its imprint and page numbers
    ("市委第四巡察组向市城投集团党委反馈巡察情况\n播出时间：2024年5月14日 19:00　某某广播电视台\n本台消息,昨天上午,巡察组反馈。",
     "2024-05-14"),
    ("某局巡察整改台账\n填报单位：某局党组    填报日期：2024年10月8日\n1.问题一。", "2024-10-08"),
    ("关于印发巡视工作安排的通知\n各巡视组:\n现将工作安排印发给你们。\n    中共某省委巡视工作领导小组办公室\n      二O二四年三月十五日\n"
     "抄送：省委办公厅。\n                    — 3 —", "2024-03-15"),
    ("关于巡察整改进展情况的通报\n现将有关情况通报如下。\n某市委巡察工作领导小组办公室      2024年11月6日印发\n        第 2 页 共 2 页",
     "2024-11-06"),
]

