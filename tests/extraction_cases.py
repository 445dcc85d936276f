"""Sentence → expected facts, in the genre's varied forms (levels, scripts, pinyin, negatives).

Each case is a short text written the way such documents are written (not copied
from the sample documents) and the facts it must give. Keys, all optional:

- ``teams``: {name: (kind, ordinal, dispatcher)} — exactly these teams;
- ``inspections``: set of (team, target, start, end, mode) — one per team×target;
- ``feedback``: set of (team, target, date) — one per team×target, team and targets taken from the
  feedback or, when it only links to it, from its inspection (as the scorer reads them);
- ``posts``: set of (person, role, organisation) that must be among the memberships;
- ``unplaced``: set of (person, role): exactly the memberships that name no organisation;
- ``people``: set of names that must be found; ``not_people``: names that must not;
- ``no_facts``: nothing about teams, inspections or feedback may be extracted.
"""
from __future__ import annotations

HEADER = "来源:{source} 发布时间:{issued}\n"

CASES: dict[str, dict] = {
    # ---------------------------------------------------------------- central and provincial
    "central team feedback to a ministry's party group": {
        "text": "中央第八巡视组向国家统计局党组反馈巡视情况\n" + HEADER.format(source="中央纪委国家监委网站", issued="2023-12-20")
        + "根据中央统一部署,2023年10月10日至12月8日,中央第八巡视组对国家统计局党组开展了常规巡视。"
          "12月18日,中央第八巡视组向国家统计局党组反馈巡视情况。",
        "teams": {"中央第八巡视组": ("巡视", 8, "中央")},
        "inspections": {("中央第八巡视组", "国家统计局党组", "2023-10-10", "2023-12-08", "常规")},
        "feedback": {("中央第八巡视组", "国家统计局党组", "2023-12-18")},
    },
    "provincial team named by the province in the text": {
        "text": "根据省委统一部署,2022年3月至5月,省委第三巡视组对淄博市委进行了常规巡视。"
                "巡视组要求淄博市委认真落实山东省委工作要求。",
        "teams": {"山东省委第三巡视组": ("巡视", 3, "山东省委")},
        "inspections": {("山东省委第三巡视组", "淄博市委", "2022-03", "2022-05", "常规")},
    },
    "an inspected place is its party committee when the text names it": {
        "text": "2020年9月14日至11月9日,省委第九巡视组对卫滨区进行了巡视。2021年2月5日,省委巡视组向卫滨区委反馈了巡视意见。"
                "河南省委要求整改。",
        "inspections": {("河南省委第九巡视组", "卫滨区委", "2020-09-14", "2020-11-09", None)},
        "feedback": {("河南省委第九巡视组", "卫滨区委", "2021-02-05")},
    },
    "provincial special team": {
        "text": "2023年4月,湖南省委专项巡视组对省交通运输厅党组开展了专项巡视。",
        "teams": {"湖南省委专项巡视组": ("巡视", None, "湖南省委")},
        "inspections": {("湖南省委专项巡视组", "省交通运输厅党组", "2023-04", None, "专项")},
    },
    "mobile team": {
        "text": "2023年6月至7月,省委机动巡视组对省文化和旅游厅党组进行了机动巡视。",
        "teams": {"省委机动巡视组": ("巡视", None, "省委")},
        "inspections": {("省委机动巡视组", "省文化和旅游厅党组", "2023-06", "2023-07", "机动")},
    },
    "traditional script provincial team": {
        "text": "2021年9月至11月,廣東省委第五巡視組對東莞市委進行了常規巡視。",
        "teams": {"广东省委第五巡视组": ("巡视", 5, "广东省委")},
        "inspections": {("广东省委第五巡视组", "东莞市委", "2021-09", "2021-11", "常规")},
    },
    "pinyin after characters": {
        "text": "2021年9月至10月,省委第二巡(xún)視(shì)組(zǔ)對(duì)鄭州市委進(jìn)行了巡視。河南省委高度重視。"
                "組長王(wáng)小(xiǎo)軍(jūn)指出,要抓好整改。",
        "teams": {"河南省委第二巡视组": ("巡视", 2, "河南省委")},
        "posts": {("王小军", "组长", "河南省委第二巡视组")},
        "inspections": {("河南省委第二巡视组", "郑州市委", "2021-09", "2021-10", None)},
    },
    # ---------------------------------------------------------------- city and county
    "city team dispatcher from the publisher line": {
        "text": "市委第二巡察组向阜平县委反馈巡察情况\n" + HEADER.format(source="保定市委巡察办", issued="2023-05-10")
        + "5月8日,市委第二巡察组向阜平县委反馈了巡察情况。",
        "teams": {"保定市委第二巡察组": ("巡察", 2, "保定市委")},
        "feedback": {("保定市委第二巡察组", "阜平县委", "2023-05-08")},
    },
    "county team with Arabic ordinal": {
        "text": "按照县委统一部署,2022年9月5日至10月28日,平山县委第1巡察组对县水利局党组进行了常规巡察。",
        "teams": {"平山县委第1巡察组": ("巡察", 1, "平山县委")},
        "inspections": {("平山县委第1巡察组", "县水利局党组", "2022-09-05", "2022-10-28", "常规")},
    },
    "district team with ordinal twelve": {
        "text": "2022年4月,海淀区委第十二巡察组进驻区城市管理委员会开展巡察。",
        "teams": {"海淀区委第十二巡察组": ("巡察", 12, "海淀区委")},
        "inspections": {("海淀区委第十二巡察组", "区城市管理委员会", "2022-04", None, None)},
    },
    "team numbered after its kind": {
        "text": "2023年4月,黄岩区委巡察三组对区民政局党组开展了常规巡察。",
        "teams": {"黄岩区委巡察三组": ("巡察", 3, "黄岩区委")},
        "inspections": {("黄岩区委巡察三组", "区民政局党组", "2023-04", None, "常规")},
    },
    "prefecture team": {
        "text": "2023年3月至5月,州委第四巡察组对泸定县委开展了常规巡察。甘孜州委要求抓好整改。",
        "teams": {"甘孜州委第四巡察组": ("巡察", 4, "甘孜州委")},
        "inspections": {("甘孜州委第四巡察组", "泸定县委", "2023-03", "2023-05", "常规")},
    },
    "dispatcher from the committee whose deployment the sentence cites": {
        "text": "根据铜仁市委统一部署,2022年3月至4月,第二巡察组对碧江区委开展了常规巡察。",
        "teams": {"铜仁市委第二巡察组": ("巡察", 2, "铜仁市委")},
    },
    "dispatcher from the publisher when the text names none": {
        "text": "第二巡察组反馈巡察情况\n" + HEADER.format(source="中共平乡县委巡察办", issued="2023-11-28")
        + "2023年9月4日至10月20日,第二巡察组对县民政局党组进行了常规巡察。",
        "teams": {"平乡县委第二巡察组": ("巡察", 2, "中共平乡县委")},
    },
    "a verb before the team does not make a second team": {
        "text": "2022年3月至4月,市委第二巡察组对碧江区委开展了常规巡察。全区上下积极迎接市委第二巡察组,六盘水市委要求严格整改。",
        "teams_count": 1,
    },
    "central and provincial teams with one number are two teams": {
        "text": "2023年4月,中央第一巡视组对甘肃省委开展了常规巡视。2022年5月,省委第一巡视组对兰州市委开展了常规巡视。",
        "teams_count": 2,
    },
    "list of targets with 、 和 and 等N个单位": {
        "text": "2021年9月至10月,县委第三巡察组对县财政局、县审计局和县统计局等5个单位进行了专项巡察。",
        "inspections": {("县委第三巡察组", t, "2021-09", "2021-10", "专项") for t in ("县财政局", "县审计局", "县统计局")},
    },
    "our city is the city's committee": {
        "text": "中共赣州市委关于巡视整改进展情况的通报\n根据省委统一部署,2022年6月6日至8月5日,省委第八巡视组对我市进行了巡视。"
                "江西省委高度重视。",
        "inspections": {("江西省委第八巡视组", "中共赣州市委", "2022-06-06", "2022-08-05", None)},
    },
    "our city's bureaus": {
        "text": "2023年3月,市委第一巡察组对我市住建局、我市交通局进行了巡察。市委要求对全市20个乡镇进行巡察。",
        "inspections": {("市委第一巡察组", t, "2023-03", None, None) for t in ("市住建局", "市交通局")},
    },
    "a 和 inside a department's name is no list": {
        "text": "2022年5月,区委第一巡察组对区住房和城乡建设局党组、区人力资源和社会保障局党组开展了常规巡察。",
        "inspections": {("区委第一巡察组", "区住房和城乡建设局党组", "2022-05", None, "常规"),
                        ("区委第一巡察组", "区人力资源和社会保障局党组", "2022-05", None, "常规")},
    },
    "cross-year range": {
        "text": "2022年11月14日至2023年1月10日,市委第五巡察组对市医疗保障局党组进行了常规巡察。",
        "inspections": {("市委第五巡察组", "市医疗保障局党组", "2022-11-14", "2023-01-10", "常规")},
    },
    "year carried to the range's end": {
        "text": "2020年11月3日至12月20日,县委第二巡察组对城关镇党委开展了常规巡察。",
        "inspections": {("县委第二巡察组", "城关镇党委", "2020-11-03", "2020-12-20", "常规")},
    },
    "round tied to the inspection": {
        "text": "十四届市委第三轮巡察中,市委第一巡察组对市林业局党组进行了常规巡察。",
        "round": "十四届市委第三轮",
    },
    "team verb with 了": {
        "text": "2023年5月,省委第三巡视组巡视了省教育厅党组。浙江省委高度重视。",
        "inspections": {("浙江省委第三巡视组", "省教育厅党组", "2023-05", None, None)},
    },
    "round without 届": {
        "text": "省委第三轮巡视中,省委第一巡视组对白山市委进行了常规巡视。",
        "round": "省委第三轮",
    },
    "revisit": {
        "text": "2023年8月,县委第四巡察组对县教育局党组开展了巡察“回头看”。",
        "inspections": {("县委第四巡察组", "县教育局党组", "2023-08", None, "回头看")},
    },
    "revisit in corner quotes (traditional)": {
        "text": "2023年8月,縣委第四巡察組對縣教育局黨組開展了巡察「回頭看」。",
        "inspections": {("县委第四巡察组", "县教育局党组", "2023-08", None, "回头看")},
    },
    "special mode in corner quotes (traditional)": {
        "text": "2023年8月,縣委第四巡察組對縣教育局黨組開展了「機動式」巡察。",
        "inspections": {("县委第四巡察组", "县教育局党组", "2023-08", None, "机动")},
    },
    "raised-level inspection, 提级 alone": {
        "text": "2023年4月,县委第二巡察组对青山镇党委开展了提级巡察。",
        "inspections": {("县委第二巡察组", "青山镇党委", "2023-04", None, "提级交叉")},
    },
    "raised-level inspection, 提级 alone (traditional)": {
        "text": "2023年4月,縣委第二巡察組對青山鎮黨委開展了提級巡察。",
        "inspections": {("县委第二巡察组", "青山镇党委", "2023-04", None, "提级交叉")},
    },
    "up-and-down linked inspection": {
        "text": "2023年4月,县委第二巡察组对青山镇党委开展了上下联动巡察。",
        "inspections": {("县委第二巡察组", "青山镇党委", "2023-04", None, "提级交叉")},
    },
    "raised-level cross teams are one team": {
        "text": "2022年9月至10月,廊坊市委提级交叉巡察组对三县民政局进行了专项巡察。"
                "2022年11月,廊坊市委巡察工作领导小组组织3个提级交叉组分别向三县县委反馈巡察情况。"
                "各提级交叉巡察组分别向被巡察单位反馈巡察意见。",
        "teams": {"廊坊市委提级交叉巡察组": ("巡察", None, "廊坊市委")},
        "inspections": {("廊坊市委提级交叉巡察组", "三县民政局", "2022-09", "2022-10", "提级交叉")},
        "feedback": {("廊坊市委提级交叉巡察组", "三县县委", "2022-11"), ("廊坊市委提级交叉巡察组", "三县民政局", "2022-11")},
    },
    "inspection by a committee without a named team": {
        "text": "2023年3月,区委对城南镇进行了巡察。",
        "teams": {},
        "inspections": {(None, "城南镇", "2023-03", None, None)},
    },
    # ---------------------------------------------------------------- university and enterprise
    "university party committee team": {
        "text": "2023年5月10日至6月20日,河北大学党委第二巡察组对化学与材料科学学院党委开展了常规巡察。",
        "teams": {"河北大学党委第二巡察组": ("巡察", 2, "河北大学党委")},
        "inspections": {("河北大学党委第二巡察组", "化学与材料科学学院党委", "2023-05-10", "2023-06-20", "常规")},
    },
    "a university as the target": {
        "text": "2023年3月13日至5月12日,吉林省委第六巡视组对吉林大学、长春中医药大学进行了常规巡视。",
        "inspections": {("吉林省委第六巡视组", t, "2023-03-13", "2023-05-12", "常规") for t in ("吉林大学", "长春中医药大学")},
    },
    "enterprise group party committee team": {
        "text": "2022年7月,中国建材集团党委第一巡察组对所属中材国际党委进行了巡察。",
        "teams": {"中国建材集团党委第一巡察组": ("巡察", 1, "中国建材集团党委")},
        "inspections": {("中国建材集团党委第一巡察组", "中材国际党委", "2022-07", None, None)},
    },
    "provincial team at a university, 学校党委 is the university's": {
        "text": "根据省委统一部署,2023年3月13日至5月12日,省委第六巡视组对吉林大学党委开展了常规巡视。"
                "6月28日,省委第六巡视组向吉林大学党委反馈了巡视情况。省委第六巡视组组长郑 伟向学校党委书记姜永明反馈了巡视情况。",
        "teams": {"吉林省委第六巡视组": ("巡视", 6, "吉林省委")},
        "feedback": {("吉林省委第六巡视组", "吉林大学党委", "2023-06-28")},
        "posts": {("郑伟", "组长", "吉林省委第六巡视组"), ("姜永明", "党委书记", "吉林大学党委")},
    },
    "each of the university's teams gives feedback": {
        "text": "根据学校党委巡察工作规划,2022年10月17日至11月25日,校党委第一巡察组对机械工程学院党委进行了巡察,"
                "校党委第二巡察组对化学学院党委进行了巡察。12月,各巡察组分别向被巡察党组织反馈了巡察意见。",
        "feedback": {("学校党委第一巡察组", "机械工程学院党委", "2022-12"), ("学校党委第二巡察组", "化学学院党委", "2022-12")},
    },
    # ---------------------------------------------------------------- feedback
    "central feedback news with a short form of the target": {
        "text": "中央第一巡视组向中国石油天然气集团有限公司党组反馈巡视情况\n"
        + HEADER.format(source="中央纪委国家监委网站", issued="2023-07-20")
        + "根据中央巡视工作领导小组统一部署,2023年4月12日至6月30日,中央第一巡视组对中国石油天然气集团有限公司党组"
          "开展了常规巡视。7月18日,中央第一巡视组向中国石油天然气集团有限公司党组反馈巡视情况。中央第一巡视组组长王晓辉"
          "向集团公司党组领导班子反馈了巡视情况。集团公司党组书记、董事长戴厚亮主持反馈会议。",
        "feedback": {("中央第一巡视组", "中国石油天然气集团有限公司党组", "2023-07-18")},
        "presided": "戴厚亮",
        "posts": {("王晓辉", "组长", "中央第一巡视组"), ("戴厚亮", "党组书记", "中国石油天然气集团有限公司党组")},
    },
    "feedback date without a year takes the publication year": {
        "text": "省委第九巡视组向大连市委反馈巡视情况\n" + HEADER.format(source="辽宁日报", issued="2024-08-20")
        + "8月16日,省委第九巡视组组长赵凤民分别向市委书记胡玉亭及市委领导班子反馈巡视情况。辽宁省委高度重视。",
        "feedback": {("辽宁省委第九巡视组", "大连市委", "2024-08-16")},
        "posts": {("赵凤民", "组长", "辽宁省委第九巡视组"), ("胡玉亭", "市委书记", "大连市委")},
    },
    "feedback date after publication is the year before": {
        "text": "县委第一巡察组反馈巡察情况\n" + HEADER.format(source="县纪委", issued="2024-01-10")
        + "12月5日,县委第一巡察组向县农业农村局党组反馈了巡察情况。",
        "feedback": {("县委第一巡察组", "县农业农村局党组", "2023-12-05")},
    },
    "feedback to two targets": {
        "text": "2021年3月2日,市委第三巡察组分别向和平区委、和平区政府党组反馈巡察情况。",
        "feedback": {("市委第三巡察组", "和平区委", "2021-03-02"), ("市委第三巡察组", "和平区政府党组", "2021-03-02")},
    },
    "feedback to posts stands for their organisations": {
        "text": "2021年4月1日,市委第四巡察组组长李强分别向桥西区委书记王刚、桥西区政府区长赵敏和区委领导班子反馈了巡察情况。",
        "feedback": {("市委第四巡察组", "桥西区委", "2021-04-01"), ("市委第四巡察组", "桥西区政府", "2021-04-01")},
    },
    "rectification report: 于…反馈了巡察意见": {
        "text": "根据市委统一部署,2022年4月7日至6月10日,市委第三巡察组对桐城县进行了巡察,并于2022年8月26日反馈了巡察意见。"
                "县委书记李文斌为第一责任人,县委副书记、县长周国平具体抓落实。",
        "inspections": {("市委第三巡察组", "桐城县", "2022-04-07", "2022-06-10", None)},
        "feedback": {("市委第三巡察组", "桐城县", "2022-08-26")},
        "posts": {("李文斌", "县委书记", None), ("周国平", "县长", "桐城县政府")},
    },
    "feedback over months": {
        "text": "2021年11月至12月,县委第二巡察组向县卫生健康局党组反馈巡察情况。",
        "feedback_period": ("2021-11", "2021-12"),
    },
    "feedback with no team goes to the document's team": {
        "text": "2020年9月8日至10月15日,县委第二巡察组对县工业园区党工委进行了常规巡察。2021年1月27日,进行巡察意见反馈。",
        "feedback": {("县委第二巡察组", "县工业园区党工委", "2021-01-27")},
    },
    "who presided": {
        "text": "2023年6月2日,区委第一巡察组向区商务局党组反馈巡察情况。区商务局党组书记刘洋主持会议。",
        "presided": "刘洋",
    },
    # ---------------------------------------------------------------- people and posts
    "deputy secretary and district head": {
        "text": "会议由区委副书记、区长顾明远主持。南开区委高度重视。",
        "posts": {("顾明远", "区委副书记", "南开区委"), ("顾明远", "区长", "南开区政府")},
    },
    "the head of a bureau after its party group's secretary": {
        "text": "县市场监督管理局党组书记、局长赵立新作表态发言。",
        "posts": {("赵立新", "党组书记", "县市场监督管理局党组"), ("赵立新", "局长", "县市场监督管理局")},
    },
    "a bureau's head named by 局 after its party group": {
        "text": "2023年5月,市委第三巡察组对东阳市交通运输局党组进行了常规巡察。局党组成立了由局党组书记、局长蒋志强任组长的整改工作领导小组。",
        "posts": {("蒋志强", "局长", "东阳市交通运输局"), ("蒋志强", "组长", "整改工作领导小组")},
    },
    "a secretary-general after a committee post": {
        "text": "市委常委、秘书长杜建国,副市长何丽参加调研。县审计局局长 陈明华出席。联系人:机关党委 刘敏,电话:123。",
        "posts": {("杜建国", "秘书长", "市委"), ("何丽", "副市长", "市政府"), ("陈明华", "局长", "县审计局")},
        "people": {"刘敏"},
    },
    "three posts in one title": {
        "text": "市委常委、纪委书记、监委主任陈志刚代表唐山市委提出整改要求。",
        "posts": {("陈志刚", "市委常委", "唐山市委"), ("陈志刚", "纪委书记", "唐山市纪委"),
                  ("陈志刚", "监委主任", "唐山市监委")},
    },
    "leads a group by 任组长": {
        "text": "区委成立由区委书记冯立新任组长的巡察整改工作领导小组。",
        "posts": {("冯立新", "区委书记", None), ("冯立新", "组长", "巡察整改工作领导小组")},
    },
    "the general secretary, but not the thought's name": {
        "text": "深入学习贯彻习近平总书记重要讲话精神,坚持以习近平新时代中国特色社会主义思想为指导,"
                "坚持以习近平同志为核心的党中央的领导。",
        "posts": {("习近平", "总书记", None)},
    },
    "the thought's name alone is no person": {
        "text": "巡察组坚持以习近平新时代中国特色社会主义思想为指导,严格执行巡察工作条例。",
        "not_people": {"习近平", "严格执行", "严格"},
    },
    "documents that say things are not people": {
        "text": "方案提出,要压实责任。文章指出,巡察是利剑。计划提出三项任务。",
        "not_people": {"方案", "文章", "计划"},
    },
    "phrases that are never names": {
        "text": "纪检监察机关要严格执行有关规定,主要负责同志亲自抓,有关同志参加会议。",
        "not_people": {"严格执行", "纪检监察", "主要负责", "有关同志", "严格", "有关"},
    },
    "byline author and reporter": {
        "text": "作者:韩晓东 来源:党群工作部\n记者 孙丽 报道:会议召开。\n责任编辑:杨帆 作者单位:市纪委",
        "posts": {("韩晓东", "作者", None), ("孙丽", "记者", None), ("杨帆", "责任编辑", None)},
        "not_people": {"单位"},
    },
    "list of leaders after a post": {
        "text": "区党工委领导吴振东、宋杰、常立华参加会议。",
        "posts": {("吴振东", "区党工委领导", "区党工委"), ("宋杰", "区党工委领导", "区党工委"),
                  ("常立华", "区党工委领导", "区党工委")},
    },
    "a name with 同志 and no post": {
        "text": "会议邀请孙建华同志作专题辅导。",
        "people": {"孙建华"},
    },
    "a name before 表示": {
        "text": "会上,王立军表示,将坚决抓好巡察整改。",
        "people": {"王立军"},
    },
    "traditional script county secretary presides": {
        "text": "2021年5月6日,縣委第三巡察組向縣林業局黨組反饋巡察情況。縣委書記張偉主持會議。",
        "posts": {("张伟", "县委书记", None)},
        "presided": "张伟",
    },
    "team leader and deputy": {
        "text": "市委第六巡察组组长周建国、副组长冯晓梅出席会议。",
        "posts": {("周建国", "组长", "市委第六巡察组"), ("冯晓梅", "副组长", "市委第六巡察组")},
    },
    "provincial secretary takes the province": {
        "text": "传达学习省委书记、省人大常委会主任王建华的讲话精神,推动陕西高质量发展。",
        "posts": {("王建华", "省委书记", "陕西省委"), ("王建华", "省人大常委会主任", "陕西省人大常委会")},
    },
    "a bare 区委 is the district committee named earlier": {
        "text": "市委第二巡察组向下城区委反馈巡察情况。区委书记陈明主持会议。",
        "posts": {("陈明", "区委书记", "下城区委")},
    },
    "a post followed by a space and the name": {
        "text": "组长 刘建国指出,要抓好整改。",
        "posts": {("刘建国", "组长", None)},
    },
    # ---------------------------------------------------------------- forms met in a blind held-out set (tests/genre_b)
    "ordinal after the kind of a raised-level team": {
        "text": "2023年8月28日—10月27日,汉中市委提级交叉巡察第一组对城固县上元观镇党委、洋县谢村镇党委开展了提级交叉巡察。"
                "提级交叉巡察第一组组长张卫东向上元观镇党委反馈巡察情况。",
        "teams": {"汉中市委提级交叉巡察第一组": ("巡察", 1, "汉中市委")},
        "inspections": {("汉中市委提级交叉巡察第一组", "城固县上元观镇党委", "2023-08-28", "2023-10-27", "提级交叉"),
                        ("汉中市委提级交叉巡察第一组", "洋县谢村镇党委", "2023-08-28", "2023-10-27", "提级交叉")},
        "posts": {("张卫东", "组长", "汉中市委提级交叉巡察第一组")},
    },
    "dates written with dots": {
        "text": "按照省委统一部署,浙江省委第八巡视组于2022.3.6—2022.5.12对省水利厅党组进行了常规巡视。"
                "2022.6.19,省委第八巡视组向省水利厅党组反馈了巡视意见。",
        "inspections": {("浙江省委第八巡视组", "省水利厅党组", "2022-03-06", "2022-05-12", "常规")},
        "feedback": {("浙江省委第八巡视组", "省水利厅党组", "2022-06-19")},
    },
    "clauses joined by a semicolon share the date": {
        "text": "2023年10月下旬至12月上旬,市委第一巡察组对市水利局开展了常规巡察;市委第三巡察组对市卫生健康委员会党组开展了专项巡察。",
        "inspections": {("市委第一巡察组", "市水利局", "2023-10", "2023-12", "常规"),
                        ("市委第三巡察组", "市卫生健康委员会党组", "2023-10", "2023-12", "专项")},
    },
    "a date without a year after a range across years takes the range's end year": {
        "text": "2022年11月至2023年1月,孝感市委第六巡察组对云梦县委开展了常规巡察。3月15日,市委第六巡察组向云梦县委反馈巡察情况。",
        "feedback": {("孝感市委第六巡察组", "云梦县委", "2023-03-15")},
    },
    "membership of a party group or a leading group is a post": {
        "text": "水利部党组成员、副部长周建华出席会议。市委巡察工作领导小组成员、市委巡察办主任高林讲话。",
        "posts": {("周建华", "党组成员", "水利部党组"), ("周建华", "副部长", "水利部"),
                  ("高林", "领导小组成员", "市委巡察工作领导小组"), ("高林", "巡察办主任", None)},
    },
    "a name before 进行": {
        "text": "组长陈刚向省委书记赵明,省委副书记、省长钱立进行了反馈。",
        "people": {"钱立"},
        "posts": {("钱立", "省长", None), ("钱立", "省委副书记", None)},
    },
    "a byline written 文/": {
        "text": "学校党委将抓好整改落实。\n(党委宣传部 文/王珂)",
        "posts": {("王珂", "作者", None)},
    },
    "a unit's head written after its party secretary": {
        "text": "巡视组组长马林向北方交通大学党委书记秦岭、校长赵川反馈了巡视情况。学院党委书记林东、院长陈玲参加会议。",
        "posts": {("赵川", "校长", "北方交通大学"), ("秦岭", "党委书记", "北方交通大学党委")},
    },
    "the office of a leading group": {
        "text": "中央巡视工作领导小组办公室副主任吴林出席反馈会议。",
        "posts": {("吴林", "办公室副主任", "中央巡视工作领导小组办公室")},
    },
    "a sector working committee": {
        "text": "省委教育工委副书记黄斌出席会议并讲话。",
        "posts": {("黄斌", "工委副书记", "省委教育工委")},
    },
    "a clause opened by 据 is no part of an organisation": {
        "text": "据黄冈市委巡察办消息,黄冈市委第六巡察组近日向团风县委反馈了巡察情况。",
        "teams": {"黄冈市委第六巡察组": ("巡察", 6, "黄冈市委")},
    },
    "villages listed before one party branch": {
        "text": "2024年4月8日至5月17日,县委第一巡察组对红石镇桃源村、石门村党支部开展了巡察。",
        "inspections": {("县委第一巡察组", "红石镇桃源村党支部", "2024-04-08", "2024-05-17", None),
                        ("县委第一巡察组", "石门村党支部", "2024-04-08", "2024-05-17", None)},
    },
    "feedback to a company's leadership is to its party committee": {
        "text": "2022年10月17日至12月23日,中央第十一巡视组对中国华信建设集团有限公司党委开展了专项巡视。"
                "2023年3月2日,中央第十一巡视组向集团公司领导班子反馈了巡视情况。",
        "feedback": {("中央第十一巡视组", "中国华信建设集团有限公司党委", "2023-03-02")},
    },
    "其中 before a team is no part of its dispatcher": {
        "text": "2024年4月22日至6月28日,省委第五轮巡视对15个地方和单位党组织开展了常规巡视,其中省委第一巡视组巡视了南昌市委。",
        "teams": {"省委第一巡视组": ("巡视", 1, "省委")},
    },
    "our county's township is the township": {
        "text": "2023年5月6日至6月30日,县委第一巡察组对我县桑田镇党委开展了常规巡察。",
        "inspections": {("县委第一巡察组", "桑田镇党委", "2023-05-06", "2023-06-30", "常规")},
    },
    "moving in with the inspection's mode": {
        "text": "2022年4月中旬至5月底,区委第一巡察组进驻东风街道开展常规巡察。",
        "inspections": {("区委第一巡察组", "东风街道", "2022-04", "2022-05", "常规")},
    },
    "an inspection's mobilisation meeting": {
        "text": "2023年9月8日,中央第五巡视组巡视中国农业银行党委工作动员会召开。",
        "inspections": {("中央第五巡视组", "中国农业银行党委", "2023-09-08", None, None)},
    },
    "feedback to a party secretary who is also the unit's head": {
        "text": "2021年4月至6月,市委第五巡察组对市发展和改革委员会党组进行了常规巡察。"
                "2021年8月3日,市委第五巡察组组长刘云向市发展和改革委员会党组书记、主任陈亮反馈巡察意见。",
        "feedback": {("市委第五巡察组", "市发展和改革委员会党组", "2021-08-03")},
        "posts": {("陈亮", "主任", "市发展和改革委员会")},
    },
    "posts and names separated by a colon": {
        "text": "市委第二巡察组组长：张建国　副组长：李卫东、王芳",
        "posts": {("张建国", "组长", "市委第二巡察组"), ("李卫东", "副组长", "市委第二巡察组"), ("王芳", "副组长", "市委第二巡察组")},
    },
    "a range from 自…起至": {
        "text": "自2023年3月15日起至5月20日,县委第二巡察组对县民政局党组开展了常规巡察。",
        "inspections": {("县委第二巡察组", "县民政局党组", "2023-03-15", "2023-05-20", "常规")},
    },
    "a range of months with one 月": {
        "text": "2023年3-5月,市委第三巡察组对市审计局党组开展了常规巡察。",
        "inspections": {("市委第三巡察组", "市审计局党组", "2023-03", "2023-05", "常规")},
    },
    "the feedback meeting of a team's inspection of X 情况": {
        "text": "2024年5月10日,省委第六巡视组巡视咸宁市委情况反馈会议召开。",
        "feedback": {("省委第六巡视组", "咸宁市委", "2024-05-10")},
    },
    "our bureau is the bureau whose report it is": {
        "text": "中共平江县民政局党组关于县委第三巡察组反馈意见整改情况的通报\n"
                "根据县委统一部署,2022年4月6日至5月30日,县委第三巡察组对我局党组进行了常规巡察。",
        "inspections": {("平江县委第三巡察组", "中共平江县民政局党组", "2022-04-06", "2022-05-30", "常规")},
    },
    "our township is its party committee": {
        "text": "2022年4月6日至5月30日,县委第三巡察组对我镇进行了常规巡察。2022年7月12日,县委第三巡察组向镇党委反馈了巡察意见。",
        "inspections": {("县委第三巡察组", "镇党委", "2022-04-06", "2022-05-30", "常规")},
        "feedback": {("县委第三巡察组", "镇党委", "2022-07-12")},
    },
    "a school's team is not the inspected school's": {
        "text": "学校党委第一巡察组于2023年4月对马克思主义学院党委开展了巡察。",
        "teams": {"学校党委第一巡察组": ("巡察", 1, "学校党委")},
    },
    "a chairman after the party secretary of an enterprise named short": {
        "text": "中央第一巡视组组长王建新向中国一汽党委书记、董事长邱林反馈了巡视情况。",
        "posts": {("邱林", "董事长", "中国一汽"), ("邱林", "党委书记", "中国一汽党委")},
    },
    "a rank in brackets between post and name": {
        "text": "省委第二巡视组组长(正厅长级)胡明出席会议。",
        "posts": {("胡明", "组长", "省委第二巡视组")},
    },
    "a village party branch secretary": {
        "text": "村党支部书记孙六合参加会议。",
        "posts": {("孙六合", "党支部书记", "村党支部")},
    },
    "bylines of text and photos and of a report": {
        "text": "文/图 刘欣\n记者张华报道",
        "posts": {("刘欣", "作者", None), ("张华", "记者", None)},
    },
    "the inspected unit as the subject of 接受巡察": {
        "text": "2023年3月6日至4月28日,县教育局党组接受了县委第二巡察组的常规巡察。",
        "inspections": {("县委第二巡察组", "县教育局党组", "2023-03-06", "2023-04-28", "常规")},
    },
    "feedback written 反馈巡察X情况, 对X进行巡察反馈, 个别反馈": {
        "text": "2023年6月5日,市委第三巡察组反馈巡察市卫健委党组情况。2023年6月6日,市委第四巡察组对市医保局党组进行巡察反馈。"
                "2023年6月7日,市委第五巡察组组长李军向市民政局党组书记张华个别反馈了巡察情况。",
        "feedback": {("市委第三巡察组", "市卫健委党组", "2023-06-05"), ("市委第四巡察组", "市医保局党组", "2023-06-06"),
                     ("市委第五巡察组", "市民政局党组", "2023-06-07")},
        "inspections": {("市委第三巡察组", "市卫健委党组", None, None, None), ("市委第四巡察组", "市医保局党组", None, None, None),
                        ("市委第五巡察组", "市民政局党组", None, None, None)},
    },
    "a revisit written before the inspection word": {
        "text": "2023年5月,市委第二巡察组对市林业局党组开展了“回头看”巡察。",
        "inspections": {("市委第二巡察组", "市林业局党组", "2023-05", None, "回头看")},
    },
    # ---------------------------------------------------------------- probe sentences that once failed
    "a name after a post closed by the sentence's verb": {
        "text": "区委书记王永华落实第一责任人职责,亲自部署。县委书记李建国组织召开专题会议。市长李强调度整改工作。",
        "people": {"王永华", "李建国", "李强"},
        "posts": {("王永华", "区委书记", "区委"), ("李建国", "县委书记", "县委"), ("李强", "市长", "市政府")},
        "not_people": {"王永", "李建"},
    },
    "contact lines name a person without a post": {
        "text": "联系人:办公室 张伟,电话:0311-1234567。\n联系人及电话:李娜 13800000000\n"
                "联系电话:0311-7654321(赵刚)\n联系人:市委巡察办 王强;联系电话:0311-1234567。",
        "people": {"张伟", "李娜", "赵刚", "王强"},
        "unplaced": set(),
    },
    "a dispatcher starts at the committee, not at the words before it": {
        "text": "该问题线索系省委第三巡视组在巡视中发现并移交。另一线索系市委第二巡察组发现。",
        "teams": {"省委第三巡视组": ("巡视", 3, "省委"), "市委第二巡察组": ("巡察", 2, "市委")},
        "inspections": set(),
    },
    "teams listed before 分别 pair with the targets in order": {
        "text": "近日,市委第一巡察组、第二巡察组分别向市发展改革委党组、市商务局党组反馈巡察情况。"
                "市委第一巡察组向市发展改革委党组反馈时指出,存在薄弱环节。",
        "teams": {"市委第一巡察组": ("巡察", 1, "市委"), "市委第二巡察组": ("巡察", 2, "市委")},
        "feedback": {("市委第一巡察组", "市发展改革委党组", None), ("市委第二巡察组", "市商务局党组", None)},
    },
    "teams listed with 和 pair with inspected units": {
        "text": "2023年3月至5月,县委第一巡察组和第二巡察组分别对县水利局党组、县民政局党组开展了常规巡察。",
        "inspections": {("县委第一巡察组", "县水利局党组", "2023-03", "2023-05", "常规"),
                        ("县委第二巡察组", "县民政局党组", "2023-03", "2023-05", "常规")},
    },
    "ordinals listed before a team name as many teams": {
        "text": "2023年5月,区委第一、第二巡察组分别对区民政局党组、区卫健局党组开展了巡察。",
        "teams": {"区委第一巡察组": ("巡察", 1, "区委"), "区委第二巡察组": ("巡察", 2, "区委")},
        "inspections": {("区委第一巡察组", "区民政局党组", "2023-05", None, None),
                        ("区委第二巡察组", "区卫健局党组", "2023-05", None, None)},
    },
    "该市市委 is the city's committee": {
        "text": "2023年3月,该市市委第一巡察组对市水务局党组开展了巡察。",
        "teams": {"市委第一巡察组": ("巡察", 1, "市委")},
    },
    "units joined by 和 before a shared party group": {
        "text": "2023年3月,县委第二巡察组对县发改局、县工信局和县商务局党组开展了巡察。",
        "teams": {"县委第二巡察组": ("巡察", 2, "县委")},
        "inspections": {("县委第二巡察组", t, "2023-03", None, None) for t in ("县发改局党组", "县工信局党组", "县商务局党组")},
    },
    "a committee's full name dispatches a team": {
        "text": "2023年10月,中共北京大学委员会第一巡察组对信息科学技术学院党委开展了巡察。",
        "teams": {"北京大学委员会第一巡察组": ("巡察", 1, "中共北京大学委员会")},
    },
    "a round written before a team names its dispatcher": {
        "text": "2023年2月26日至4月26日,十一届市委第五轮巡察第一巡察组对市人社局党组开展了常规巡察。",
        "teams": {"市委第一巡察组": ("巡察", 1, "市委")},
        "inspections": {("市委第一巡察组", "市人社局党组", "2023-02-26", "2023-04-26", "常规")},
    },
    "a deputy written bare after the head is of the head's body": {
        "text": "省委巡视办主任周明、副主任吴刚参加会议。",
        "posts": {("周明", "巡视办主任", "省委巡视办"), ("吴刚", "副主任", "省委巡视办")},
        "unplaced": set(),
    },
    "more units than teams listed before 分别: no team is given them": {
        "text": "2023年3月至5月,县委第一巡察组和第二巡察组分别对县水利局党组、县民政局党组、县教育局党组开展了常规巡察。",
        "inspections": {(None, t, "2023-03", "2023-05", "常规") for t in ("县水利局党组", "县民政局党组", "县教育局党组")},
    },
    "a mode written in quotes with 式": {
        "text": "2024年1月,省委第十一巡视组对省卫生健康委党组开展“机动式”巡视。",
        "inspections": {("省委第十一巡视组", "省卫生健康委党组", "2024-01", None, "机动")},
    },
    "a team's other name in brackets is the same team": {
        "text": "2023年3月20日至5月20日,市委第二巡察组(市委提级交叉巡察组)对县委政法委开展了提级交叉巡察。",
        "teams": {"市委第二巡察组": ("巡察", 2, "市委")},
        "inspections": {("市委第二巡察组", "县委政法委", "2023-03-20", "2023-05-20", "提级交叉")},
    },
    "a 镇长 listed after the 镇党委 secretary governs that 镇": {
        "text": "2023年12月5日,县委巡察组向城关镇党委书记王强和镇长李红反馈了巡察情况。",
        "posts": {("王强", "党委书记", "城关镇党委"), ("李红", "镇长", "城关镇政府")},
    },
    "words opening the clause are not the dispatcher's place": {
        "text": "2023年3月,经县委批准,县委第三巡察组对县统计局党组开展了巡察。今年以来市委第二巡察组完成了巡察任务。",
        "teams": {"县委第三巡察组": ("巡察", 3, "县委"), "市委第二巡察组": ("巡察", 2, "市委")},
    },
    "an inspection a numbered team is to make is announced: an inspection (as real pages' gold reads 将对)": {
        "text": "据悉,此次省委第二巡视组将对省体育局党组开展巡视。",
        "inspections": {("省委第二巡视组", "省体育局党组", None, None, None)},
    },
    "a head of a bare 局 has no organisation": {
        "text": "成立由局党组书记、局长蒋志勇任组长的整改工作领导小组。",
        "posts": {("蒋志勇", "组长", "整改工作领导小组")},
        "unplaced": {("蒋志勇", "局长")},
    },
    # ---------------------------------------------------------------- forms found by the blind set tests/genre_c
    "a follow-up of the rectification (巡察整改“回头看”) is a 回头看 inspection": {
        "text": "2023年5月8日至6月2日,区委第一巡察组对东关街道党工委开展了巡察整改“回头看”。",
        "inspections": {("区委第一巡察组", "东关街道党工委", "2023-05-08", "2023-06-02", "回头看")},
    },
    "the owner written before 所属 is not part of the target": {
        "text": "2022年4月至6月,集团党委第三巡视组对山东分公司党委开展了常规巡视,"
                "同时对山东分公司所属青岛营业部党委进行了延伸巡视。",
        "inspections": {("集团党委第三巡视组", "山东分公司党委", "2022-04", "2022-06", "常规"),
                        ("集团党委第三巡视组", "青岛营业部党委", "2022-04", "2022-06", None)},
    },
    "a linked inspection is led by the first team and its village targets are kept": {
        "text": "2023年8月,区委第二巡察组与红星镇党委巡察组联动,对红星镇8个村党组织开展了巡察。",
        "inspections": {("区委第二巡察组", "红星镇8个村党组织", "2023-08", None, None)},
    },
    "feedback to a count of units is feedback to each unit inspected": {
        "text": "2023年4月至5月,镇党委第二巡察组对东湖村党支部、西岭村党支部开展了巡察。"
                "6月2日,巡察组分别向两个村党支部反馈了巡察情况。",
        "feedback": {("镇党委第二巡察组", "东湖村党支部", "2023-06-02"), ("镇党委第二巡察组", "西岭村党支部", "2023-06-02")},
    },
    "feedback to 各 units of a kind is feedback to each unit inspected": {
        "text": "2023年4月至5月,镇党委第二巡察组对东湖村党支部、西岭村党支部开展了巡察。"
                "6月2日,巡察组向各村党支部反馈了巡察情况。",
        "feedback": {("镇党委第二巡察组", "东湖村党支部", "2023-06-02"), ("镇党委第二巡察组", "西岭村党支部", "2023-06-02")},
    },
    "有关负责同志 names nobody; 郗 is a surname": {
        "text": "省委巡视办有关负责同志出席会议。省委巡视办副主任郗红作动员讲话。",
        "people": {"郗红"},
        "not_people": {"关负责"},
    },
    # ---------------------------------------------------------------- texts that must give nothing
    "regulation text": {
        "text": "中国共产党巡视工作条例\n第二条 巡视组对被巡视党组织进行巡视。巡视组应当向被巡视党组织反馈巡视情况。"
                "党的中央和省、自治区、直辖市委员会实行巡视制度,对所管理的党组织进行巡视监督。",
        "no_facts": True,
    },
    "commentary on inspections": {
        "text": "巡视是党内监督的战略性制度安排。巡察组要发挥利剑作用,各级党委要支持巡察组开展工作,"
                "对乡镇进行巡察时要聚焦群众身边问题。",
        "no_facts": True,
    },
    "audit report": {
        "text": "2022年3月至5月,省审计厅审计组对某县财政局进行了审计,发现问题12个。审计组向县政府反馈了审计意见。",
        "no_facts": True,
    },
    "unrelated news": {
        "text": "2023年5月1日,市文化馆举办书画展。市民张丽表示,展览内容丰富。巡游活动吸引了游客。",
        "no_facts": True,
    },
    "a group of teams is no numbered team": {
        "text": "2023年3月至5月,市委6个巡察组对18个单位开展了常规巡察。",
        "teams_max": 1,
    },
    "巡察组织 is no team": {
        "text": "要切实抓好巡察组织实施工作。",
        "no_facts": True,
    },
    # ---------------------------------------------------------------- the mode said after the units moved into
    "moving in, then 开展巡视“回头看” in the next clause": {
        "text": "发布时间:2023-04-11\n4月10日,省委第三巡视组进驻省水利厅,开展巡视“回头看”。",
        "inspections": {("省委第三巡视组", "省水利厅", "2023-04-10", None, "回头看")},
    },
    "moving in, then 開展常規巡視 in the next clause (Traditional)": {
        "text": "發布時間:2023-04-11\n4月10日,省委第一巡視組進駐甲市,開展常規巡視。",
        "inspections": {("省委第一巡视组", "甲市", "2023-04-10", None, "常规")},
    },
    "negative: moving in, then something else in the next clause": {
        "text": "发布时间:2023-04-11\n4月10日,省委第三巡视组进驻省水利厅,开展调研座谈。",
        "inspections": {("省委第三巡视组", "省水利厅", "2023-04-10", None, None)},
    },
    # ---------------------------------------------------------------- the day of the meeting 会上 is at
    "会上 over a paragraph: the day of the feedback meeting two sentences back": {
        "text": "发布时间:2024-08-16\n8月15日,城南农商银行党委第二轮巡察集中反馈会召开。行党委书记宋某某出席并讲话。\n"
                "会上,行党委第一巡察组向城西支行党支部反馈了巡察情况;行党委第二巡察组向营业部党支部反馈了巡察情况。",
        "feedback": {("城南农商银行党委第一巡察组", "城西支行党支部", "2024-08-15"),
                     ("城南农商银行党委第二巡察组", "营业部党支部", "2024-08-15")},
    },
    "会上 over a paragraph (Traditional)": {
        "text": "發布時間:2024-08-16\n8月15日,縣委第二輪巡察集中反饋會召開。縣委副書記出席並講話。\n"
                "會上,縣委第一巡察組向城關鎮黨委反饋了巡察情況。",
        "feedback": {("县委第一巡察组", "城关镇党委", "2024-08-15")},
    },
    "negative: 会上 over a paragraph after a meeting that heard a report is undated": {
        "text": "发布时间:2022-04-01\n2月25日,书记专题会议听取了巡察情况汇报。\n"
                "会上,组长向交投集团党委反馈了巡察情况。区委第二巡察组对交投集团党委开展了巡察。",
        "feedback": {("区委第二巡察组", "交投集团党委", None)},
    },
    "同日 dates a feedback by the sentence before": {
        "text": "2023年4月10日,省委第一巡视组向甲市委反馈巡视情况。同日,省委第二巡视组向乙市委反馈巡视情况。",
        "feedback": {("省委第一巡视组", "甲市委", "2023-04-10"), ("省委第二巡视组", "乙市委", "2023-04-10")},
    },
}


# ---------------------------------------------------------------- inspections and teams as real pages write them
# Rounds, groups of teams, long and counted target lists: one row per phrasing, Simplified and Traditional side
# by side, negative phrasings among them (tested by test_relations.test_inspection_case). Keys, all optional
# but ``text``: ``inspections``, exactly these (team, target) pairs, team None where the text names none;
# ``teams``, exactly these team names; ``dates``, {target: (start, end)} of the inspection of that target;
# ``no_inspections``, nothing may be extracted as an inspection.
INSPECTION_CASES: dict[str, dict] = {
    # ---------------------------------------------------------------- a range of teams (第一至第八巡视组)
    "a range of teams paired with its targets by 分别": {
        "text": "2023年3月至5月,省委第一至第三巡视组分别对甲市、乙市、丙市等3市开展了常规巡视。",
        "teams": {"省委第一巡视组", "省委第二巡视组", "省委第三巡视组"},
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第三巡视组", "丙市")},
        "dates": {"乙市": ("2023-03", "2023-05")},
    },
    "a range of teams paired with its targets by 分别 (Traditional)": {
        "text": "2023年3月至5月,省委第一至第三巡視組分別對甲市、乙市、丙市等3市開展了常規巡視。",
        "teams": {"省委第一巡视组", "省委第二巡视组", "省委第三巡视组"},
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第三巡视组", "丙市")},
    },
    "a range that completed the inspections of as many places": {
        "text": "今年4月至6月,省委第一至第二巡视组分别完成了对东城、西城等2市的巡视。",
        "inspections": {("省委第一巡视组", "东城"), ("省委第二巡视组", "西城")},
    },
    "a range of teams with one collective target is no numbered team": {
        "text": "5月23日,区委第一至第五巡察组向被巡察的10个党组织反馈了巡察情况。",
        "teams": {"区委巡察组"},
    },
    # ---------------------------------------------------------------- an undated statement by a team with no ordinal
    "a team named with its court as dispatcher, reported 近日": {
        "text": "近日,汉江市中级人民法院党组巡察组对青山区人民法院党组开展巡察。",
        "inspections": {("汉江市中级人民法院党组巡察组", "青山区人民法院党组")},
    },
    "a team named with its city, no date, no 了": {
        "text": "松原市委巡察组对市林业局党组开展巡察,巡察组将听取汇报、个别谈话。",
        "inspections": {("松原市委巡察组", "市林业局党组")},
    },
    "a hospital's team reported 日前 (Traditional)": {
        "text": "日前,市第一人民醫院黨委巡察組對醫院檢驗科黨支部開展巡察。",
        "inspections": {("市第一人民医院党委巡察组", "医院检验科党支部")},
    },
    "a generic team in a rule about what teams do states no inspection": {
        "text": "市委巡察组对被巡察党组织开展巡察时,应当听取汇报。",
        "inspections": set(),
    },
    "an unplaced team with no date is a description, not an event": {
        "text": "巡察组对市林业局党组开展巡察时,应当听取党组的工作汇报。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- the units a round inspected
    "the round's units after 第N轮巡察的, over a comma into a second list": {
        "text": "5月29日,县委四个巡察组分别向十五届县委第六轮巡察的桃源镇、石门镇党委及其所辖村(社区)党组织,"
                "县民政局、县审计局党委(党组)反馈巡察情况。",
        "inspections": {("县委巡察组", t) for t in ("桃源镇", "石门镇党委", "所辖村(社区)党组织", "县民政局", "县审计局党委")},
    },
    "the round's units after 第N轮巡察的 (Traditional)": {
        "text": "5月29日,縣委四個巡察組分別向十五屆縣委第六輪巡察的桃源鎮、石門鎮黨委及其所轄村(社區)黨組織,"
                "縣民政局、縣審計局黨委(黨組)反饋巡察情況。",
        "inspections": {("县委巡察组", t) for t in ("桃源镇", "石门镇党委", "所辖村(社区)党组织", "县民政局", "县审计局党委")},
    },
    "a follow-up visit names the round's units, undated": {
        "text": "5月上旬,市委第一至第三巡察组对十二届市委第四轮巡察的市档案馆、市统计局等2家单位整改落实情况进行了回访督查。",
        "inspections": {("市委巡察组", "市档案馆"), ("市委巡察组", "市统计局")},
        "dates": {"市档案馆": (None, None)},
    },
    "a count of the round's units is no list of them": {
        "text": "至此,十九届中央第七轮巡视的32个单位党组织的整改情况已公布完毕。",
        "no_inspections": True,
    },
    "what a round focuses on is no target": {
        "text": "本轮巡察的重点是市直部门落实全面从严治党主体责任情况。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- units a round's published feedback names
    "units pointed out in this round, counted by their kind": {
        "text": "在本轮巡视中,华岳能源、启明能源、远航能源三大公司党组均被指出存在一些共性问题:安全责任落实不够有力。",
        "inspections": {(None, "华岳能源"), (None, "启明能源"), (None, "远航能源")},
    },
    "units pointed out in this round, counted by their kind (Traditional)": {
        "text": "在本輪巡視中,華岳能源、啟明能源、遠航能源三大公司黨組均被指出存在一些共性問題:安全責任落實不夠有力。",
        "inspections": {(None, "华岳能源"), (None, "启明能源"), (None, "远航能源")},
    },
    "units named after the round's feedback was published, 其中 in the next sentence": {
        "text": "8月5日,省纪委监委网站公布了十二届省委第四轮巡视情况。\n其中,青石交投集团和云岭建工公司再次因为选人用人等问题,被点名。",
        "inspections": {(None, "青石交投集团"), (None, "云岭建工公司")},
    },
    "units named after the round's feedback was published (Traditional)": {
        "text": "8月5日,省紀委監委網站公布了十二屆省委第四輪巡視情況。\n其中,青石交投集團和雲嶺建工公司再次因為選人用人等問題,被點名。",
        "inspections": {(None, "青石交投集团"), (None, "云岭建工公司")},
    },
    "其中…被点名 after a sentence on no inspection is none": {
        "text": "8月5日,市场监管局公布了第二批抽检结果。\n其中,青石食品公司和云岭乳业公司因为标签不合格,被点名。",
        "no_inspections": True,
    },
    "a person pointed out is no unit": {
        "text": "巡视中,有的干部被指出存在作风问题。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- the unit that rectifies (rectification news)
    "对此, the unit's party group rectifies what the feedback pointed out": {
        "text": "巡视反馈中,“安全责任落实不够有力”等问题被指出。对此,华岳能源党组下决心加大投入、狠抓整改。",
        "inspections": {(None, "华岳能源党组")},
    },
    "对此, the unit's party group rectifies (Traditional)": {
        "text": "巡視反饋中,“安全責任落實不夠有力”等問題被指出。對此,華岳能源黨組下決心加大投入、狠抓整改。",
        "inspections": {(None, "华岳能源党组")},
    },
    "a university's party committee carries out the inspection's rectification": {
        "text": "青石大学党委坚持巡视反馈问题整改与学校发展两手抓。",
        "inspections": {(None, "青石大学党委")},
    },
    "该…党组 is no name: the unit it refers to is not guessed": {
        "text": "记者从华岳能源集团有限公司获悉,该集团公司党组坚持巡视反馈问题整改和生产经营两手抓。",
        "no_inspections": True,
    },
    "a clause that names the body inside a pledge is no unit that rectifies": {
        "text": "我们将以此次巡察整改为契机,把整改落实与党委主体责任落实结合起来,推动工作水平整体提升。",
        "no_inspections": True,
    },
    "a clause that names the body inside a pledge is no unit that rectifies (Traditional)": {
        "text": "我們將以此次巡察整改為契機,把整改落實與黨工委主體責任落實結合起來,推動工作水平整體提升。",
        "no_inspections": True,
    },
    "rectification of something other than an inspection is none": {
        "text": "对此,华岳能源党组狠抓安全生产隐患整改。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- announcements of a round under way
    "teams that moved in announce whom they will inspect": {
        "text": "截至4月3日,六届市委第四轮巡察派出的6个巡察组已全部完成进驻,巡察组将对市档案局、市气象局等9家政府部门单位,"
                "以及市妇联、市侨联等3家群团组织开展常规巡察。",
        "inspections": {("市委巡察组", t) for t in ("市档案局", "市气象局", "市妇联", "市侨联")},  # (the round's committee's)
    },
    "the round's list by the one team named: that team's": {
        "text": "根据中央统一部署,中央第五巡视组近日进驻东方电力集团公司开展专项巡视。\n"
                "经中央批准,中央巡视组将对东方电力集团公司、北方机械集团有限公司等2家央企进行专项巡视。这也是今年中央首轮巡视。",
        "inspections": {("中央第五巡视组", "东方电力集团公司"), ("中央第五巡视组", "北方机械集团有限公司")},
    },
    "a named team's target is not repeated by the round's list": {
        "text": "根据中央统一部署,中央第五巡视组、第六巡视组近日分别进驻东方电力集团公司、南方航运集团公司开展专项巡视。\n"
                "经中央批准,中央巡视组将对东方电力集团公司、北方机械集团有限公司等2家央企进行专项巡视。这也是今年中央首轮巡视。",
        "inspections": {("中央第五巡视组", "东方电力集团公司"), ("中央第六巡视组", "南方航运集团公司"),
                        (None, "北方机械集团有限公司")},
    },
    "a named team's target is not repeated by the round's list (Traditional)": {
        "text": "根據中央統一部署,中央第五巡視組、第六巡視組近日分別進駐東方電力集團公司、南方航運集團公司開展專項巡視。\n"
                "經中央批准,中央巡視組將對東方電力集團公司、北方機械集團有限公司等2家央企進行專項巡視。這也是今年中央首輪巡視。",
        "inspections": {("中央第五巡视组", "东方电力集团公司"), ("中央第六巡视组", "南方航运集团公司"),
                        (None, "北方机械集团有限公司")},
    },
    "a round's start in the headline and first paragraph: its teams' 将分别对A、B开展巡察 is the inspection begun": {
        "text": "县委启动惠民惠农财政补贴资金“一卡通”专项巡察\n6月7日,县委“一卡通”专项巡察工作动员部署会召开。\n"
                "根据县委统一部署,县委3个巡察组将分别对县民政局党组、县医疗保障局党组开展专项巡察,巡察时间约30天。",
        "inspections": {("县委巡察组", "县民政局党组"), ("县委巡察组", "县医疗保障局党组")},
    },
    "the same, the mobilisation meeting in the first paragraph only (Traditional)": {
        "text": "6月7日,縣委第四輪巡察工作動員部署會召開。\n會議指出,要提高政治站位。\n"
                "根據縣委統一部署,縣委2個巡察組將分別對縣民政局黨組、縣醫療保障局黨組開展常規巡察。",
        "inspections": {("县委巡察组", "县民政局党组"), ("县委巡察组", "县医疗保障局党组")},
    },
    "negative: a plan in a page whose first paragraph tells of something else is none": {
        "text": "6月7日,县委召开常委会会议,研究部署经济工作。\n会议指出,下一步,县委巡察组将对县民政局党组开展巡察。",
        "no_inspections": True,
    },
    "a plan with nothing under way is no inspection": {
        "text": "下一步,市委巡察组将对市水利局党组开展巡察。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- the inspection as the verb's object
    "启动对X的…专项巡视 with a unit's other name in brackets": {
        "text": "近日,某银行党委召开动员会,正式启动对总行办公室(党委办公室)、风险管理部等两个部门的扶贫领域专项巡视。",
        "inspections": {(None, "总行办公室(党委办公室)"), (None, "风险管理部")},
    },
    "完成对X的进驻和动员工作": {
        "text": "4月23日,县委第二巡察组完成对河东镇柳林村党支部、杏花村党支部的进驻和动员工作。",
        "inspections": {("县委第二巡察组", "河东镇柳林村党支部"), ("县委第二巡察组", "杏花村党支部")},
    },
    "完成對X的進駐 (Traditional)": {
        "text": "4月23日,縣委第二巡察組完成對河東鎮柳林村黨支部、杏花村黨支部的進駐和動員工作。",
        "inspections": {("县委第二巡察组", "河东镇柳林村党支部"), ("县委第二巡察组", "杏花村党支部")},
    },
    # ---------------------------------------------------------------- counted and collective targets
    "the count after the last unit, without 等": {
        "text": "2017年10月至12月,市委3个巡察组分别对市人社局、市林业局、市残联3个部门单位开展巡察。",
        "inspections": {("市委巡察组", t) for t in ("市人社局", "市林业局", "市残联")},
    },
    "one collective for the units of counted places": {
        "text": "2023年5月,市委派出1个机动巡察组,对3个县(区)的相关县(区)直部门单位、乡镇(街道)开展机动巡察。",
        "teams": {"机动巡察组"},
        "inspections": {("机动巡察组", "3个县(区)的相关县(区)直部门单位、乡镇(街道)")},
    },
    "kinds of unit in counted places: the collective at the end": {
        "text": "7月29日,8个巡察组向本轮巡察的8个县(市、区)政法委机关、人民法院、公安局等40家单位党组(党委)进行了“一对一”反馈。",
        "inspections": {("巡察组", "40家单位党组(党委)")},
    },
    "units listed with 等N家 in one sentence, in full in another": {
        "text": "2016年7月,总局党组第一、第二巡视组分别向甲检验院、乙审评中心、丙核查中心等3家直属单位党组织反馈了巡视情况。\n"
                "2016年5月至6月,总局党组第一、第二巡视组对甲检验院等3家直属单位进行了巡视。",
        "inspections": {(None, t) for t in ("甲检验院", "乙审评中心", "丙核查中心")},
        "dates": {"丙核查中心": ("2016-05", "2016-06")},
    },
    "a count of units of a kind, named in another sentence": {
        "text": "2022年9月,校党委三个巡察组分别对三个学院党组织开展了常规巡察。"
                "12月,校党委三个巡察组分别向物理学院党委、化学学院党委、历史学院党总支反馈巡察情况。",
        "inspections": {("校党委巡察组", t) for t in ("物理学院党委", "化学学院党委", "历史学院党总支")},
    },
    "a count of units of a kind, named in another sentence (Traditional)": {
        "text": "2022年9月,校黨委三個巡察組分別對三個學院黨組織開展了常規巡察。"
                "12月,校黨委三個巡察組分別向物理學院黨委、化學學院黨委、歷史學院黨總支反饋巡察情況。",
        "inspections": {("校党委巡察组", t) for t in ("物理学院党委", "化学学院党委", "历史学院党总支")},
    },
    "each unit writes its own party body": {
        "text": "2020年10月至12月,自治区党委第九轮巡视派出10个巡视组,对区党委办公厅、区政协机关党组、区公安厅党委等30个区直单位党组织开展常规巡视。",
        "inspections": {("巡视组", t) for t in ("区党委办公厅", "区政协机关党组", "区公安厅党委")},
    },
    "a topic after the inspected place": {
        "text": "2023年9月15日至11月15日,自治区党委第一巡视组对某某市安全生产工作开展专项巡视。",
        "inspections": {("自治区党委第一巡视组", "某某市")},
    },
    "units listed together are distinct even when one reads like the other's short form": {
        "text": "2015年3月,中央第二巡视组对中国电信集团公司、中国电子信息产业集团有限公司开展了专项巡视。",
        "inspections": {("中央第二巡视组", "中国电信集团公司"), ("中央第二巡视组", "中国电子信息产业集团有限公司")},
    },
    # ---------------------------------------------------------------- teams beyond the samples
    "a university's 巡察工作组": {
        "text": "学校党委第三巡察工作组召开巡察意见反馈会\n2021年1月,学校党委第三巡察工作组向园艺学院党总支反馈了巡察意见。",
        "teams": {"学校党委第三巡察工作组"},
    },
    "a team named with its place's committee, inspecting nothing here": {
        "text": "培训班邀请了某某州委巡察组经验丰富的专家授课。",
        "teams": {"某某州委巡察组"},
        "no_inspections": True,
    },
    "a team named with its place's committee (Traditional)": {
        "text": "培訓班邀請了某某州委巡察組經驗豐富的專家授課。",
        "teams": {"某某州委巡察组"},
    },
    "the kind of team, named by a bare committee, is no team": {
        "text": "培训班邀请省委巡视组组长作专题辅导。",
        "teams": set(),
    },
    "negative: a rectification working group (整改专项组) is no team": {
        "text": "会议听取了各整改专项组工作进展情况汇报，对下一步巡视整改工作进行再部署。",
        "teams": set(),
    },
    "negative: a rectification working group (Traditional)": {
        "text": "會議聽取了各整改專項組工作進展情況匯報，對下一步巡視整改工作進行再部署。",
        "teams": set(),
    },
    "a group of teams and one more team: 市委巡察组 is the group": {
        "text": "2017年10月,市委5个巡察组分别对市人社局、市教育局开展巡察;同时,派出1个机动巡察组对县民政局开展机动巡察。"
                "1月24日,市委巡察组分别向被巡察部门单位反馈了巡察情况。",
        "inspections": {("市委巡察组", "市人社局"), ("市委巡察组", "市教育局"), ("机动巡察组", "县民政局")},
    },
    # ---------------------------------------------------------------- coordinated ordinals, tables and lists by team
    "coordinated ordinals paired by 分别, the units after 及 no one team's": {
        "text": "2023年3月10日,省委第一、第二、第五巡视组分别进驻甲市、乙市、丙县及丁区、戊县开展巡视。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第五巡视组", "丙县"),
                        (None, "丁区"), (None, "戊县")},
    },
    "coordinated ordinals paired by 分别 (Traditional)": {
        "text": "2023年3月10日,省委第一、第二、第五巡視組分別進駐甲市、乙市、丙縣及丁區、戊縣開展巡視。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第五巡视组", "丙县"),
                        (None, "丁区"), (None, "戊县")},
    },
    "a table of teams and units flattened into lines": {
        "text": "组别 | 被巡视单位 | 进驻时间\n省委第一巡视组 | 甲市委、甲市政府党组 | 2023年3月1日\n"
                "省委第二巡视组 | 乙市委 | 2023年3月2日",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "甲市政府党组"), ("省委第二巡视组", "乙市委")},
        "dates": {"乙市委": ("2023-03-02", None)},
    },
    "a table of teams and units flattened into lines (Traditional)": {
        "text": "組別 | 被巡視單位 | 進駐時間\n省委第一巡視組 | 甲市委、甲市政府黨組 | 2023年3月1日\n"
                "省委第二巡視組 | 乙市委 | 2023年3月2日",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "甲市政府党组"), ("省委第二巡视组", "乙市委")},
    },
    "a list of teams and their units, one line each after a colon": {
        "text": "组别:被巡视单位\n中央第一巡视组:甲省、乙省\n中央第二巡视组:丙部党组、丁总局党组",
        "inspections": {("中央第一巡视组", "甲省"), ("中央第一巡视组", "乙省"), ("中央第二巡视组", "丙部党组"),
                        ("中央第二巡视组", "丁总局党组")},
    },
    "a team's leaders after a colon are no targets": {
        "text": "中央第一巡视组:组长张三,副组长李四",
        "no_inspections": True,
    },
    "units after a team and a colon, with no table, are no inspection": {
        "text": "中央第一巡视组:甲省信访局、乙省信访局协助受理来信",
        "no_inspections": True,
    },
    "cells beside a team in text without a table header are no targets": {
        "text": "省委第一巡视组 甲市委 联系电话",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- dispatchers and team names
    "a ministry's numbered team": {
        "text": "2023年4月,教育部第一巡视组对某某大学党委开展了常规巡视。",
        "teams": {"教育部第一巡视组"},
        "inspections": {("教育部第一巡视组", "某某大学党委")},
    },
    "a ministry's numbered team (Traditional)": {
        "text": "2023年4月,教育部第一巡視組對某某大學黨委開展了常規巡視。",
        "teams": {"教育部第一巡视组"},
    },
    "a department's kind alone is no dispatcher": {
        "text": "2023年4月,根据部署,组织部第一巡察组对县档案馆开展了巡察。",
        "teams": {"第一巡察组"},
    },
    "a sector team keeps its sector in its name": {
        "text": "2023年6月,市委医疗卫生领域第六专项巡察组对市人民医院党委开展了专项巡察。",
        "inspections": {("市委第六专项巡察组", "市人民医院党委")},
    },
    "a prefecture committee's team (地委)": {
        "text": "2023年6月,某某地委第三巡察组对某某县委开展了常规巡察。",
        "teams": {"某某地委第三巡察组"},
    },
    "a bank's party committee's team": {
        "text": "2022年5月至7月,某某银行党委第二巡视组对某某分行党委开展了常规巡视。",
        "inspections": {("某某银行党委第二巡视组", "某某分行党委")},
    },
    "a court's party group's team without an ordinal": {
        "text": "2022年5月,市中级人民法院党组巡察组对某某区人民法院党组开展了巡察。",
        "inspections": {("市中级人民法院党组巡察组", "某某区人民法院党组")},
    },
    "a team with its number after 组's kind": {
        "text": "2024年3月,县委机动巡察一组对县住建局党组开展了机动巡察。",
        "inspections": {("县委机动巡察一组", "县住建局党组")},
    },
    "a table flattened one cell a line": {
        "text": "省委巡视组进驻安排\n组别\n被巡视单位\n进驻时间\n省委第一巡视组\n甲市委、甲市政府党组\n2023年3月1日\n"
                "省委第二巡视组\n乙市委\n2023年3月2日",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "甲市政府党组"), ("省委第二巡视组", "乙市委")},
        "dates": {"乙市委": ("2023-03-02", None)},
    },
    "a team's own line without a table header is no row": {
        "text": "省委第一巡视组\n甲市委书记主持会议",
        "no_inspections": True,
    },
    "a table's rows numbered in their first cell": {
        "text": "序号 | 巡察组 | 被巡察党组织 | 组长 | 进驻时间\n1 | 县委第一巡察组 | 河口镇党委 | 孟长青 | 2024年5月8日\n"
                "2 | 县委第二巡察组 | 县水利局党组 | 邱雪梅 | 2024年5月9日",
        "inspections": {("县委第一巡察组", "河口镇党委"), ("县委第二巡察组", "县水利局党组")},
        "dates": {"县水利局党组": ("2024-05-09", None)},
    },
    "a table's rows numbered in their first cell (Traditional, tabs)": {
        "text": "序號\t巡視組\t被巡視單位\n一\t省委第三巡視組\t丙市委\n二\t省委第四巡視組\t丁市委",
        "inspections": {("省委第三巡视组", "丙市委"), ("省委第四巡视组", "丁市委")},
    },
    "negative: a numbered line naming a team outside a table": {
        "text": "1 | 县委第一巡察组 | 联系电话 0797-3712001",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- tables of teams in other flattened layouts
    # (kg/extract/tables.py): tabs or runs of spaces with merged cells, key:value rows, cells one a line with leader columns
    "a tabbed table whose row with empty leading cells continues the team's row": {
        "text": "组别\t组长\t副组长\t被巡察单位\t巡察时间\n县委第一巡察组\t钱立新\t孔晓\t县商务局党组\t2025年3月4日—5月4日\n"
                "\t\t\t县农机中心党组\t2025年3月4日—5月4日\n县委第二巡察组\t严冬\t蒋梅\t甲镇党委、乙乡党委\t2025年3月5日—5月5日",
        "inspections": {("县委第一巡察组", "县商务局党组"), ("县委第一巡察组", "县农机中心党组"),
                        ("县委第二巡察组", "甲镇党委"), ("县委第二巡察组", "乙乡党委")},
        "dates": {"县农机中心党组": ("2025-03-04", "2025-05-04")},
    },
    "a table in columns of spaces, a merged cell (Traditional)": {
        "text": "組別        組長      被巡察黨組織          進駐時間\n"
                "市委第一巡察組  夏明    東林街道黨工委        2025年9月2日\n"
                "                        西林鎮黨委            2025年9月2日\n"
                "市委第二巡察組  龐飛    南河鄉黨委            2025年9月3日",
        "inspections": {("市委第一巡察组", "东林街道党工委"), ("市委第一巡察组", "西林镇党委"),
                        ("市委第二巡察组", "南河乡党委")},
        "dates": {"南河乡党委": ("2025-09-03", None)},
    },
    "a table's rows as key:value pairs, every unit of a multi-unit cell": {
        "text": "组别：区委第一巡察组 被巡察单位：区统计局党组、区档案馆党支部 组长：骆明 进驻时间：2025年4月20日\n"
                "组别：区委第二巡察组 被巡察单位：区医院党委 组长：单丽 进驻时间：2025年4月21日 巡察方式：巡察“回头看”",
        "inspections": {("区委第一巡察组", "区统计局党组"), ("区委第一巡察组", "区档案馆党支部"),
                        ("区委第二巡察组", "区医院党委")},
        "dates": {"区档案馆党支部": ("2025-04-20", None), "区医院党委": ("2025-04-21", None)},
    },
    "a table one cell a line with leader columns (Traditional)": {
        "text": "組別\n組長\n副組長\n被巡察黨組織\n值班電話\n州委第一巡察組\n陶然\n石青\n州民政局黨組、州林業局黨組\n0871-1234501\n"
                "州委第二巡察組\n包強\n文靜\n州醫院黨委\n0871-1234502",
        "inspections": {("州委第一巡察组", "州民政局党组"), ("州委第一巡察组", "州林业局党组"), ("州委第二巡察组", "州医院党委")},
    },
    "a table without a date column dated by the paragraph introducing it (进驻)": {
        "text": "发布时间:2025-05-08\n市委3个巡察组于5月6日进驻3个被巡察党组织。现将进驻情况公告如下:\n"
                "组别\n组长\n被巡察党组织\n市委第一巡察组\n罗某某\n市统计局党组\n市委第二巡察组\n姚某某\n市档案馆党组、市气象局党组",
        "inspections": {("市委第一巡察组", "市统计局党组"), ("市委第二巡察组", "市档案馆党组"), ("市委第二巡察组", "市气象局党组")},
        "dates": {"市统计局党组": ("2025-05-06", None)},
    },
    "a table without a date column dated by the paragraph introducing it (Traditional)": {
        "text": "2025年6月9日,縣委巡察組進駐被巡察單位。各組安排如下:\n組別\t組長\t被巡察單位\n縣委第一巡察組\t萬某\t甲鎮黨委",
        "inspections": {("县委第一巡察组", "甲镇党委")},
        "dates": {"甲镇党委": ("2025-06-09", None)},
    },
    "negative: a paragraph before a table that does not say the teams moved in does not date it": {
        "text": "2025年6月9日,县委召开巡察工作会议。各组安排如下:\n组别\t组长\t被巡察单位\n县委第二巡察组\t石某\t乙镇党委",
        "inspections": {("县委第二巡察组", "乙镇党委")},
        "dates": {"乙镇党委": (None, None)},
    },
    "a bar table whose units column says 巡察对象, several units in a cell": {
        "text": "| 巡察组 | 组长 | 副组长 | 巡察对象 | 进驻时间 |\n|---|---|---|---|---|\n"
                "| 市委第一巡察组 | 葛某 | 方某 | 市农业农村局党组 | 2025年3月16日 |\n"
                "| 市委第二巡察组 | 雷某 | 祝某 | 市水利局党组、市林业局党组 | 2025年3月17日 |",
        "inspections": {("市委第一巡察组", "市农业农村局党组"), ("市委第二巡察组", "市水利局党组"),
                        ("市委第二巡察组", "市林业局党组")},
        "dates": {"市林业局党组": ("2025-03-17", None)},
    },
    "a bar table whose units column says 巡察对象 (Traditional)": {
        "text": "| 巡察組 | 組長 | 巡察對象 |\n| 縣委第三巡察組 | 覃某 | 東湖鎮黨委、西灣鎮黨委 |",
        "inspections": {("县委第三巡察组", "东湖镇党委"), ("县委第三巡察组", "西湾镇党委")},
    },
    "negative: a bar table of teams' telephones names no units": {
        "text": "| 巡察组 | 组长 | 值班电话 |\n| 县委第一巡察组 | 史某 | 0736-5521101 |",
        "no_inspections": True,
    },
    "negative: a contact table of units and names is no table of teams": {
        "text": "序号 单位 姓名 职务\n1 县委办 韩雪 副主任\n2 县财政局 卢光 科长",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a round's units listed by kind, no team each
    "a round's units listed line by line under kind labels; the labels and counts are no targets": {
        "text": "十届省委第二轮巡视将对2个市、2个省直单位和1所省属高校党组织开展常规巡视。\n本轮被巡视党组织名单如下：\n"
                "市：甲市、乙市；\n省直单位：省统计局、省档案馆；\n省属高校：丙州大学。",
        "inspections": {(None, t) for t in ("甲市", "乙市", "省统计局", "省档案馆", "丙州大学")},
    },
    "a round's units listed by kind (Traditional)": {
        "text": "二十屆中央第三輪巡視將對1個省、2家中管企業黨組織開展常規巡視。\n被巡視黨組織名單如下：\n"
                "地方：丁江省；\n中管企業：中國甲乙集團有限公司、中國丙丁集團有限公司。",
        "inspections": {(None, t) for t in ("丁江省", "中国甲乙集团有限公司", "中国丙丁集团有限公司")},
    },
    "negative: kind labels in a commendation list are no inspections": {
        "text": "表彰名单如下：\n先进集体：县统计局、县档案馆；\n先进个人：王某某、李某某。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a team's units after 负责
    "a team's units over lines after 负责 and a colon (Traditional)": {
        "text": "中央巡視組已全部完成進駐。各巡視組巡視對象如下：\n中央第一巡視組負責：\n國家甲乙研究院；\n中國丙丁協會；\n"
                "中央第二巡視組負責：戊己大學；庚辛集團有限公司；",
        "inspections": {("中央第一巡视组", "国家甲乙研究院"), ("中央第一巡视组", "中国丙丁协会"),
                        ("中央第二巡视组", "戊己大学"), ("中央第二巡视组", "庚辛集团有限公司")},
    },
    "a team's units after 负责, in a clause": {
        "text": "5月6日,市委第三巡察组负责市统计局、市档案馆和市气象局;市委第四巡察组进驻甲镇。",
        "inspections": {("市委第三巡察组", "市统计局"), ("市委第三巡察组", "市档案馆"), ("市委第三巡察组", "市气象局"),
                        ("市委第四巡察组", "甲镇")},
    },
    "negative: 负责同志 and 负责 a task after a team are no units": {
        "text": "县委第一巡察组负责同志表示,将严守纪律。县委第二巡察组负责受理来信来访。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a feedback in a clause of when (在向X反馈时,)
    "the team opening the clause after 在向X反馈时 gave that feedback": {
        "text": "2025年7月13日,省委第一巡视组向甲市委反馈巡视情况。在向甲市委反馈时,省委第一巡视组组长某某指出,要抓好整改。",
        "inspections": {("省委第一巡视组", "甲市委")},
    },
    "the team opening the clause after 向X反馈期间 (Traditional)": {
        "text": "2025年7月13日,縣委第二巡察組向乙鎮黨委反饋巡察情況。向乙鎮黨委反饋期間,縣委第二巡察組指出了問題。",
        "inspections": {("县委第二巡察组", "乙镇党委")},
    },
    "negative: a clause of when followed by no team leaves the feedback's team unsaid": {
        "text": "2025年7月13日,县委巡察组向丙镇党委反馈了巡察情况。在向丙镇党委反馈时,镇党委书记表示诚恳接受。",
        "inspections": {("县委巡察组", "丙镇党委")},
    },
    # ---------------------------------------------------------------- the period stated after the inspection
    "the period stated after the targets (巡视期间为X至Y)": {
        "text": "2025年9月4日,省委第三巡视组对甲市开展常规巡视,巡视期间为9月4日至11月4日。",
        "inspections": {("省委第三巡视组", "甲市")},
        "dates": {"甲市": ("2025-09-04", "2025-11-04")},
    },
    "the period stated after the targets (Traditional, 巡察時間)": {
        "text": "2025年3月1日,縣委第一巡察組對甲鎮黨委開展常規巡察,巡察時間為2025年3月1日至4月30日。",
        "inspections": {("县委第一巡察组", "甲镇党委")},
        "dates": {"甲镇党委": ("2025-03-01", "2025-04-30")},
    },
    "negative: a single day after 巡察时间 is no period; the sentence's date stays": {
        "text": "2025年3月1日,县委第二巡察组对乙镇党委开展常规巡察,巡察时间约2个月。",
        "inspections": {("县委第二巡察组", "乙镇党委")},
        "dates": {"乙镇党委": ("2025-03-01", None)},
    },
    # ---------------------------------------------------------------- the team that opens a paragraph
    "the team opening a paragraph is the subject of its later sentences (该组)": {
        "text": "省委第二巡视组组长贺某,副组长谭某。9月3日,该组分别进驻省统计局、省档案馆,开展常规巡视。",
        "inspections": {("省委第二巡视组", "省统计局"), ("省委第二巡视组", "省档案馆")},
    },
    "the team opening a paragraph with a colon (Traditional)": {
        "text": "省委第五巡視組：組長謝某,副組長黃某。9月5日起對甲州大學、乙州學院開展為期約2個月的常規巡視。",
        "inspections": {("省委第五巡视组", "甲州大学"), ("省委第五巡视组", "乙州学院")},
    },
    "negative: a paragraph naming a second team gives no subject to the sentences after it": {
        "text": "省委第一巡视组组长张某与省委第二巡视组交流了经验。9月3日,巡视组对甲市开展了常规巡视。",
        "inspections": {(None, "甲市")},
    },
    # ---------------------------------------------------------------- a count of units the document names elsewhere
    "a count of units summing up a table's rows is no target": {
        "text": "发布时间:2024-03-22\n十届市委第五轮巡察将于3月下旬进驻,市委2个巡察组将对2个市级部门党组织开展常规巡察。\n"
                "组别 | 被巡察单位 | 进驻时间\n市委第一巡察组 | 市统计局 | 3月25日\n市委第二巡察组 | 市教育局 | 3月26日",
        "inspections": {("市委第一巡察组", "市统计局"), ("市委第二巡察组", "市教育局")},
        "dates": {"市统计局": ("2024-03-25", None)},
    },
    "a count of two kinds of units summing up a table's rows (Traditional)": {
        "text": "縣委第三輪巡察將對2個鄉鎮及縣直部門黨組織開展常規巡察。\n"
                "序號 | 巡察組 | 被巡察黨組織\n1 | 縣委第一巡察組 | 河口鎮黨委\n2 | 縣委第二巡察組 | 縣水利局黨組",
        "inspections": {("县委第一巡察组", "河口镇党委"), ("县委第二巡察组", "县水利局党组")},
    },
    "a count of units summing up the units named team by team and listed after 此外": {
        "text": "十九届中央第九轮巡视将对4个中央单位党组织开展常规巡视。截至3月17日,各巡视组已全部完成进驻。"
                "其中,中央第一巡视组进驻甲总局,中央第二巡视组进驻丁总局。\n此外,中央巡视组还将对乙局、丙局等2个单位党组开展常规巡视。",
        "inspections": {("中央第一巡视组", "甲总局"), ("中央第二巡视组", "丁总局"), (None, "乙局"), (None, "丙局")},
    },
    "negative: a count of units the document does not name stays the target": {
        "text": "2023年4月至6月,区委巡察组对30个区直单位党组织开展了常规巡察。",
        "inspections": {("区委巡察组", "30个区直单位党组织")},
    },
    # ---------------------------------------------------------------- a date without a year, by the publication's
    "a notice's move-in day just after its publication is of that year (Traditional)": {
        "text": "發布時間:2024-12-28\n組別 | 被巡察單位 | 進駐時間\n市委第一巡察組 | 市統計局 | 1月3日",
        "inspections": {("市委第一巡察组", "市统计局")},
        "dates": {"市统计局": ("2025-01-03", None)},
    },
    "a month well after the publication is of the year before": {
        "text": "发布时间:2024-03-22\n2023年,市委巡察组开展了巡察。11月10日至12月20日,市委第一巡察组对市统计局开展了常规巡察。",
        "dates": {"市统计局": ("2023-11-10", "2023-12-20")},
    },
    "negative: a month some weeks after the publication is of the year before": {
        "text": "发布时间:2024-03-22\n6月至8月,市委第一巡察组对市统计局开展了常规巡察。",
        "dates": {"市统计局": ("2023-06", "2023-08")},
    },
    # ---------------------------------------------------------------- a round's plans in a paragraph going on from one under way
    "a plan after 此外 in a round under way (Traditional)": {
        "text": "省委第二輪巡視已完成進駐。\n此外,省委巡視組還將對甲廳、乙廳等2個單位黨組開展常規巡視。",
        "inspections": {("省委巡视组", "甲厅"), ("省委巡视组", "乙厅")},
    },
    "negative: a plan after 此外 with no round under way": {
        "text": "今年以来,县委加强巡察工作。\n此外,县委巡察组还将对县教育局开展巡察。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a group's inspection, then each team's feedback
    "a group's dates go to each team that fed back to its units": {
        "text": "发布时间:2023-09-25\n5月中旬至7月中旬,市委2个巡察组对市财政局、市医保局等2个单位党组织开展了常规巡察。\n"
                "9月19日,市委第一巡察组向市财政局党组反馈巡察情况;9月20日,市委第二巡察组向市医保局党组反馈巡察情况。",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第二巡察组", "市医保局党组")},
        "dates": {"市财政局党组": ("2023-05", "2023-07"), "市医保局党组": ("2023-05", "2023-07")},
    },
    "a group's dates go to each team that fed back to its units (Traditional)": {
        "text": "發布時間:2023-09-25\n5月中旬至7月中旬,縣委2個巡察組對縣財政局、縣醫保局等2個單位黨組織開展了常規巡察。\n"
                "9月19日,縣委第一巡察組向縣財政局黨組反饋巡察情況;9月20日,縣委第二巡察組向縣醫保局黨組反饋巡察情況。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县医保局党组")},
        "dates": {"县医保局党组": ("2023-05", "2023-07")},
    },
    "negative: a unit no team fed back to stays the group's": {
        "text": "发布时间:2023-09-25\n5月至7月,市委巡察组对市财政局、市统计局开展了常规巡察。\n"
                "9月19日,市委第一巡察组向市财政局反馈巡察情况。",
        "dates": {"市统计局": ("2023-05", "2023-07")},
    },
    # ---------------------------------------------------------------- the period of a whole round
    "a round's period is that of each inspection of the round": {
        "text": "发布时间:2024-08-16\n8月15日,城南农商银行党委第二轮巡察集中反馈会召开。\n"
                "会上,行党委第一巡察组向城西支行党支部反馈了巡察情况。本轮巡察于5月中旬至6月下旬开展。",
        "dates": {"城西支行党支部": ("2024-05", "2024-06")},
    },
    "a round's period is that of each inspection of the round (Traditional)": {
        "text": "發布時間:2024-08-16\n8月15日,縣委第二輪巡察集中反饋會召開。\n"
                "會上,縣委第一巡察組向城關鎮黨委反饋了巡察情況。此次巡察從5月10日開始。",
        "dates": {"城关镇党委": ("2024-05-10", None)},
    },
    "negative: a round's length without a date dates nothing": {
        "text": "发布时间:2024-05-07\n县委第一巡察组向河口镇党委反馈了巡察情况。本轮巡察时间为40天左右。",
        "dates": {"河口镇党委": (None, None)},
    },
    # ---------------------------------------------------------------- 同日: the day of the sentence before
    "同日 takes the day of the sentence before": {
        "text": "发布时间:2023-04-11\n4月10日,省委第一巡视组进驻甲市,开展常规巡视。同日,省委第三、第四巡视组分别进驻省水利厅、省林业局,"
                "开展巡视“回头看”。",
        "dates": {"省水利厅": ("2023-04-10", None), "省林业局": ("2023-04-10", None)},
    },
    "当日 takes the day of the sentence before (Traditional)": {
        "text": "發布時間:2023-04-11\n4月10日,省委第一巡視組進駐甲市。當日,省委第二巡視組進駐乙市。",
        "dates": {"乙市": ("2023-04-10", None)},
    },
    "negative: 同日 in a paragraph with no day before it": {
        "text": "2023年4月,省委巡视工作动员部署会召开。\n同日,省委第二巡视组进驻乙市。",
        "dates": {"乙市": (None, None)},
    },
    # ---------------------------------------------------------------- the articles of a regulation
    "negative: a regulation's article on what teams inspect": {
        "text": "中共某市委巡察工作实施办法\n第六条 市委设立巡察组,承担巡察任务。\n"
                "第八条 市委巡察组对下列党组织进行巡察:(一)县(市、区)党委和政府的党组;(二)市委各部委;(三)市属国有企业党组织。",
        "no_inspections": True,
        "teams": set(),
    },
    "negative: a regulation's article (Traditional)": {
        "text": "第十條 巡察組應當在巡察結束後向被巡察黨組織反饋巡察意見。第十一條 省委巡視組對下列黨組織進行巡視:(一)市委。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- lists introduced by a colon, bare verbs, rounds
    "the objects of a round after a colon, over ；": {
        "text": "根据县委统一部署,县委第二巡察组进驻甲镇。被巡察单位:甲镇党委;乙镇党委。",
        "inspections": {("县委第二巡察组", "甲镇党委"), (None, "乙镇党委")},
    },
    "the units of a round, one a line after a colon": {
        "text": "十一届县委第三轮巡察于2023年3月6日启动,对以下单位开展常规巡察:\n1.县教育局党组\n2.县民政局党组\n巡察时间为两个月。",
        "inspections": {(None, "县教育局党组"), (None, "县民政局党组")},
    },
    "the units of a round, one a line after a colon (Traditional)": {
        "text": "十一屆縣委第三輪巡察於2023年3月6日啟動,對以下單位開展常規巡察:\n1.縣教育局黨組\n2.縣民政局黨組\n巡察時間為兩個月。",
        "inspections": {(None, "县教育局党组"), (None, "县民政局党组")},
    },
    "what a colon introduces after 巡察对象 must be units": {
        "text": "巡察对象为:各乡镇党委主要负责人",
        "no_inspections": True,
    },
    "a numbered team and its verb, the units to the clause's end": {
        "text": "市委第一巡察组巡察市发改委党组、市财政局党组,市委第二巡察组巡察市教育局党组。",
        "inspections": {("市委第一巡察组", "市发改委党组"), ("市委第一巡察组", "市财政局党组"), ("市委第二巡察组", "市教育局党组")},
    },
    "what follows 巡察 that is no unit is no inspection": {
        "text": "2023年3月,巡察组巡察时发现问题。市委第一巡察组巡察期间,共受理来信50件。",
        "no_inspections": True,
    },
    "a sentence naming its round states the round's work": {
        "text": "十一届县委第三轮巡察共派出4个巡察组,对县教育局等16个单位开展常规巡察。",
        "inspections": {("巡察组", "县教育局")},
    },
    "the inspected unit as the subject, the team right before the verb": {
        "text": "2023年5月,甲市接受省委第三巡视组巡视。",
        "inspections": {("省委第三巡视组", "甲市")},
    },
    "the inspection named by its feedback, right after its team": {
        "text": "集团公司制定了《关于中央巡视组对集团公司专项巡视反馈意见整改工作方案》。",
        "inspections": {("中央巡视组", "集团公司")},
    },
    "counts within a list: each count after the units it counts": {
        "text": "2023年4月,县委第一巡察组对城关镇、河西镇2个乡镇党委和城关镇所辖18个村党支部开展了常规巡察。",
        "inspections": {("县委第一巡察组", t) for t in ("城关镇", "河西镇", "城关镇所辖18个村党支部")},
    },
    "all the units of a county by their number": {
        "text": "2023年3月至5月,县委巡察组对全县16个乡镇开展了巡察。",
        "inspections": {("县委巡察组", "全县16个乡镇")},
    },
    "short names in a list of units and provinces by their names": {
        "text": "2023年3月,中央第一巡视组对中国石化、中国移动通信集团公司、中国一汽集团有限公司开展了巡视。"
                "2023年9月,中央第二巡视组对北京、天津开展了巡视。",
        "inspections": {("中央第一巡视组", "中国石化"), ("中央第一巡视组", "中国移动通信集团公司"),
                        ("中央第一巡视组", "中国一汽集团有限公司"), ("中央第二巡视组", "北京"), ("中央第二巡视组", "天津")},
    },
    "topics beside a unit are no units": {
        "text": "2023年3月,市委第一巡察组对市教育局、扶贫领域资金、工作作风开展了巡察。",
        "inspections": {("市委第一巡察组", "市教育局")},
    },
    "units that publish their rectification were inspected": {
        "text": "4月17日,甲大学、乙理工大学、丙大学等11个单位向社会公布了巡视整改进展情况。",
        "inspections": {(None, "甲大学"), (None, "乙理工大学"), (None, "丙大学")},
        "dates": {"丙大学": (None, None)},
    },
    "units that publish their rectification were inspected (Traditional)": {
        "text": "4月17日,甲大學、乙理工大學、丙大學等11個單位向社會公布了巡視整改進展情況。",
        "inspections": {(None, "甲大学"), (None, "乙理工大学"), (None, "丙大学")},
    },
    "publishing a rectification names no unit by itself": {
        "text": "按照党务公开原则,现将巡察整改情况予以公布。各被巡视单位党组织向社会公布了巡视整改进展情况。",
        "no_inspections": True,
    },
    "the speaker's own unit, with a topic after it": {
        "text": "2025年4月1日至4月10日,旗委专项巡察组对我局医保基金管理领域开展专项巡察。\n"
                "5月26日,旗委专项巡察组向中共某某旗医疗保障局党组反馈了巡察意见。",
        "inspections": {("某某旗委专项巡察组", "中共某某旗医疗保障局党组")},
        "dates": {"中共某某旗医疗保障局党组": ("2025-04-01", "2025-04-10")},
    },
    "a verb before a committee is not its place": {
        "text": "办公室负责对接旗委巡察办。2025年4月,旗委第一巡察组对旗林业局党组开展了巡察。",
        "teams": {"旗委第一巡察组"},
    },
    "a team inspecting in a place (在X开展巡视)": {
        "text": "2023年3月,省委第三巡视组在甲市开展常规巡视期间,受理信访200件。",
        "inspections": {("省委第三巡视组", "甲市")},
    },
    "a team inspecting in a place (Traditional)": {
        "text": "2023年3月,省委第三巡視組在甲市開展常規巡視期間,受理信訪200件。",
        "inspections": {("省委第三巡视组", "甲市")},
    },
    "a committee inspecting its whole county names no target": {
        "text": "2023年3月,县委在全县开展巡察。在巡察工作中开展了巡察。",
        "no_inspections": True,
    },
    "a follow-up (“回头看”) written without 巡察": {
        "text": "2023年5月,市委第二巡察组对甲镇党委开展了“回头看”。",
        "inspections": {("市委第二巡察组", "甲镇党委")},
    },
    "the period of a team's inspection of a unit": {
        "text": "省委第三巡视组对甲市的巡视期间,共受理来信300件。",
        "inspections": {("省委第三巡视组", "甲市")},
    },
    "a team moving in (入驻)": {
        "text": "2023年3月,巡察组入驻甲局开展巡察。局党组书记主持进驻动员会。",
        "inspections": {("巡察组", "甲局")},
    },
    "our county, its committee not named: the place as written": {
        "text": "省委第七巡视组来我县巡视\n2010年8月24日,省委第七巡视组开始对我县开展为期10日的巡视工作。县委书记张某主持会议。",
        "inspections": {("省委第七巡视组", "我县")},
    },
    "an inspection's length states it": {
        "text": "巡察组对市教育局开展为期一个月的常规巡察。",
        "inspections": {("巡察组", "市教育局")},
    },
    "an inspection's length states it (Traditional)": {
        "text": "巡察組對市教育局開展為期一個月的常規巡察。",
        "inspections": {("巡察组", "市教育局")},
    },
    "what a generic team does next is no inspection": {
        "text": "下一步,巡察组对市教育局开展巡察。",
        "no_inspections": True,
    },
    "what a unit does after its party body is the topic, not the unit": {
        "text": "市委成立市县联动巡察组,于2023年3月7日至4月20日对某县某某镇党委落实脱贫攻坚开展了专项巡察。",
        "inspections": {("联动巡察组", "某县某某镇党委")},
        "dates": {"某县某某镇党委": ("2023-03-07", "2023-04-20")},
    },
    "feedback on an inspection is no other inspection: only the one the feedback implies": {
        "text": "张某、李某分别对某某镇党委开展脱贫攻坚专项巡察情况进行了反馈。",
        "inspections": {(None, "某某镇党委")},
    },
    "an inspection that must be made is no inspection": {
        "text": "会议强调,要对市直单位党组开展专项巡察,应对市教育局党组开展常规巡察。",
        "no_inspections": True,
    },
    "a plan with an adverb before 对 is still a plan": {
        "text": "据悉,巡察组将分别对市教育局、市民政局开展巡察。",
        "no_inspections": True,
    },
    "a list of units over ；": {
        "text": "根据市委部署。2023年3月至5月,市委巡察组对市教育局、市民政局;市财政局、市审计局开展了常规巡察。",
        "inspections": {("市委巡察组", t) for t in ("市教育局", "市民政局", "市财政局", "市审计局")},
    },
    "a list of units over ；(Traditional)": {
        "text": "根據市委部署。2023年3月至5月,市委巡察組對市教育局、市民政局;市財政局、市審計局開展了常規巡察。",
        "inspections": {("市委巡察组", t) for t in ("市教育局", "市民政局", "市财政局", "市审计局")},
    },
    "clauses joined by ；each with its own team and unit": {
        "text": "2023年3月至5月,市委第一巡察组对市教育局开展了常规巡察;市委第二巡察组对市财政局开展了常规巡察。",
        "inspections": {("市委第一巡察组", "市教育局"), ("市委第二巡察组", "市财政局")},
    },
    # ---------------------------------------------------------------- teams on lines of their own, units after a colon
    "lines of teams each listing its units after a colon, dated by the paragraph before": {
        "text": "2023年3月至5月,县委两个巡察组对8个县直单位党组织开展了常规巡察。名单如下:\n"
                "第一巡察组:县教育局党组、县民政局党组、县财政局党组、县审计局;\n"
                "第二巡察组:县住房和城乡建设局、县水务局、县人民医院党委、县供销合作社。",
        "inspections": {("第一巡察组", t) for t in ("县教育局党组", "县民政局党组", "县财政局党组", "县审计局")}
        | {("第二巡察组", t) for t in ("县住房和城乡建设局", "县水务局", "县人民医院党委", "县供销合作社")},
        "dates": {"县水务局": ("2023-03", "2023-05")},
    },
    "lines of teams each listing its units after a colon (Traditional, full-width colon)": {
        "text": "2023年3月至5月，省委巡視組對6個省直單位黨組開展了常規巡視。\n"
                "省委第一巡視組：省教育廳黨組、省民政廳黨組、省財政廳黨組；\n"
                "省委第二巡視組：省審計廳黨組、省水利廳黨組、省衛生健康委員會黨組。",
        "inspections": {("省委第一巡视组", t) for t in ("省教育厅党组", "省民政厅党组", "省财政厅党组")}
        | {("省委第二巡视组", t) for t in ("省审计厅党组", "省水利厅党组", "省卫生健康委员会党组")},
    },
    # ---------------------------------------------------------------- 上述/以上 N个X: the units named before
    "an inspection of the units named before (上述N个) is one of the units the feedback named": {
        "text": "镇党委巡察组向东山村、西岭村、南湖社区党支部反馈巡察情况。今年9月至10月,镇党委巡察组对上述3个村(社区)"
                "党支部开展了常规巡察。",
        "inspections": {("镇党委巡察组", t) for t in ("东山村", "西岭村", "南湖社区党支部")},
    },
    "an inspection of the units named before (以上, Traditional)": {
        "text": "縣委第二巡察組向縣教育局黨組、縣民政局黨組反饋巡察情況。今年3月至5月,縣委第二巡察組對以上2個單位黨組"
                "開展了常規巡察。",
        "inspections": {("县委第二巡察组", t) for t in ("县教育局党组", "县民政局党组")},
    },
    "a back-reference counting more units than were named stays as written": {
        "text": "镇党委巡察组向东山村、西岭村党支部反馈巡察情况。今年9月至10月,镇党委巡察组对上述5个村党支部开展了常规巡察。",
        "inspections": {("镇党委巡察组", "上述5个村党支部")},
    },
    # ---------------------------------------------------------------- 各X after a feedback: the units of that kind it named
    "an inspection of 各村党组织 after the feedback is one of the villages it named and of the kind as a whole": {
        "text": "5月17日,镇党委巡察组向东山村、西岭村党支部反馈巡察情况。今年3月,镇党委巡察组已对各村(社区)党组织开展了"
                "为期一个月的巡察。",
        "inspections": {("镇党委巡察组", t) for t in ("东山村党支部", "西岭村党支部", "各村(社区)党组织")},
    },
    "an inspection of 各村党组织 after the feedback (Traditional)": {
        "text": "5月17日,鄉黨委巡察組向東山村、西嶺村黨支部反饋巡察情況。今年3月,鄉黨委巡察組已對各村黨組織開展了"
                "為期一個月的巡察。",
        "inspections": {("乡党委巡察组", t) for t in ("东山村党支部", "西岭村党支部", "各村党组织")},
    },
    "an inspection of 各社区 takes none of the villages the feedback named": {
        "text": "5月17日,镇党委巡察组向东山村、西岭村党支部反馈巡察情况。今年3月,镇党委巡察组已对各社区党组织开展了"
                "为期一个月的巡察。",
        "inspections": {("镇党委巡察组", "各社区党组织")},
    },
    "a team's line listing its members after a colon names no unit": {
        "text": "2023年3月,县委巡察组完成组建。\n第一巡察组:组长王建国、副组长李红梅;\n第二巡察组:组长赵永强、组员孙丽。",
        "no_inspections": True,
    },
}
