"""Feedback meetings in the genre's varied forms: text → the feedback it must give (Simplified and
Traditional side by side, negative phrasings in the same table).

Keys, all optional:

- ``feedback``: set of (team, target, date): exactly these, one per team×target, the team and targets
  taken from the feedback or, when it only links to it, from its inspection (as the scorer reads them);
- ``dates``: set of (target, start, end) of feedback given over a period;
- ``presided``: who presided over the feedback meeting;
- ``no_feedback``: nothing may be said to be a feedback;
- ``teams``: exactly the names of the teams the text gives (a group of teams is none).
"""
from __future__ import annotations

CASES: dict[str, dict] = {
    "各单位反馈日期如下：A，10月9日；B，10月10日 (a schedule inline, each unit then its day after a comma)": {
        "text": "区委第五轮巡察完成反馈\n区委第五轮巡察于近期完成反馈。其中，区委第一巡察组向区教育局党组、区科学技术局党组反馈。"
                "各单位反馈日期如下：区教育局党组，10月9日；区科学技术局党组，10月10日。",
        "feedback": {("区委第一巡察组", "区教育局党组", "2023-10-09"), ("区委第一巡察组", "区科学技术局党组", "2023-10-10")},
        "issued": "2023-10-16",
    },
    "the same in Traditional, 各巡察組反饋對象和時間如下：T1，A（5月13日）、B（5月14日）；T2，C（5月15日）": {
        "text": "市委第九輪巡察完成反饋\n近日，市委第九輪巡察3個巡察組完成巡察反饋。各巡察組反饋對象和時間如下：市委第一巡察組，市財政局黨組（5月13日）、"
                "市審計局黨組（5月14日）；市委第二巡察組，市商務局黨組（5月15日）。",
        "feedback": {("市委第一巡察组", "市财政局党组", "2024-05-13"), ("市委第一巡察组", "市审计局党组", "2024-05-14"),
                     ("市委第二巡察组", "市商务局党组", "2024-05-15")},
        "issued": "2024-05-20",
    },
    "negative: 反馈时间如下：A，6月3日 after the page's date (what is to come)": {
        "text": "关于开展巡察反馈的通知\n县委第一巡察组将向被巡察单位反馈，反馈时间如下：县教育局党组，6月3日；县林业局党组，6月4日。",
        "feedback": set(),
        "issued": "2024-05-20",
    },
    "T反馈对象为：A、B；T2反馈对象为：C (no 的 after the team)": {
        "text": "学院党委第四轮巡察反馈会召开\n11月18日至21日，学院党委第四轮巡察反馈会分别召开。学院党委第一巡察组反馈对象为：文学院党总支、"
                "数学与统计学院党总支；学院党委第二巡察组反馈对象为：音乐舞蹈学院党总支。",
        "inspections": {("学院党委第一巡察组", "文学院党总支"), ("学院党委第一巡察组", "数学与统计学院党总支"),
                        ("学院党委第二巡察组", "音乐舞蹈学院党总支")},
        "issued": "2024-11-22",
    },
    "the same in Traditional, 反饋對象包括：": {
        "text": "校黨委巡察反饋會召開\n校黨委第二巡察組反饋對象包括：圖書館直屬黨支部、後勤保障處黨總支。",
        "inspections": {("校党委第二巡察组", "图书馆直属党支部"), ("校党委第二巡察组", "后勤保障处党总支")},
        "issued": "2024-11-22",
    },
    "巡察组逐村点评：⏎A村党支部（9月9日上午）：…⏎B村党支部（9月10日）：…: each unit fed back on the day in brackets": {
        "text": "县委第二巡察组完成村级巡察反馈\n9月9日至10日，县委第二巡察组分别向白沙镇2个村党组织反馈村级巡察情况。\n反馈会上，巡察组逐村点评、点明问题：\n"
                "东坪村党支部（9月9日上午）：村级财务管理不规范；村务公开不及时。\n石门村党支部（9月10日）：党员发展工作不规范。",
        "feedback": {("县委第二巡察组", "东坪村党支部", "2024-09-09"), ("县委第二巡察组", "石门村党支部", "2024-09-10")},
        "issued": "2024-09-12",
    },
    "the same in Traditional, 反饋要點：⏎A（5月10日）：…": {
        "text": "市委第一巡察組完成反饋\n市委第一巡察組向市直單位黨組織反饋巡察情況，反饋要點：\n"
                "市民政局黨組（5月10日）：養老服務機構監管不到位。\n市總工會黨組（5月11日）：工會經費使用不規範。",
        "feedback": {("市委第一巡察组", "市民政局党组", "2024-05-10"), ("市委第一巡察组", "市总工会党组", "2024-05-11")},
        "issued": "2024-05-20",
    },
    "negative: A（5月30日）：… under 整改安排： (a plan, after the page's date)": {
        "text": "市委第一巡察组完成反馈\n市委第一巡察组已完成反馈。下一步整改安排：\n市民政局党组（5月30日）：完成养老机构排查。",
        "feedback": set(),
        "issued": "2024-05-20",
    },
    "具体安排为——⏎5月13日：A、B；⏎5月14日：C。 (a dash closing the lead, rows closed by ；)": {
        "text": "县委第三巡察组完成反馈\n近日，县委第三巡察组向被巡察单位党组织反馈巡察情况，具体安排为——\n5月13日：县委政法委员会、县人民法院党组；\n"
                "5月14日：县人民检察院党组、县公安局党委；\n5月15日：县司法局党组。",
        "feedback": {("县委第三巡察组", "县委政法委员会", "2024-05-13"), ("县委第三巡察组", "县人民法院党组", "2024-05-13"),
                     ("县委第三巡察组", "县人民检察院党组", "2024-05-14"), ("县委第三巡察组", "县公安局党委", "2024-05-14"),
                     ("县委第三巡察组", "县司法局党组", "2024-05-15")},
        "issued": "2024-05-17",
    },
    "the same in Traditional, 反饋安排如下——": {
        "text": "區委第二巡察組完成反饋\n區委第二巡察組向被巡察黨組織反饋巡察情況，反饋安排如下——\n11月6日：錦繡街道黨工委；\n11月7日：湖濱街道黨工委。",
        "feedback": {("区委第二巡察组", "锦绣街道党工委", "2023-11-06"), ("区委第二巡察组", "湖滨街道党工委", "2023-11-07")},
        "issued": "2023-11-10",
    },
    "negative: 11月18日:第一组向A反馈;第二组向B反馈; (a clause of the day's line is no row of units)": {
        "text": "区委巡察组集中反馈\n各巡察组分别向被巡察党组织反馈了巡察情况。反馈安排如下:\n\n11月18日:第一组向区民政局党组反馈;第二组向区卫生健康局党委反馈。\n"
                "11月19日:第一组向区残疾人联合会党组反馈;第二组向区医疗保障局党组反馈。",
        "feedback": {("区委第一巡察组", "区民政局党组", "2024-11-18"), ("区委第二巡察组", "区卫生健康局党委", "2024-11-18"),
                     ("区委第一巡察组", "区残疾人联合会党组", "2024-11-19"), ("区委第二巡察组", "区医疗保障局党组", "2024-11-19")},
        "issued": "2024-12-03",
    },
    "9月21日，T巡察X系统情况反馈会议召开。…此次巡察对象包括A、B。反馈会上，T分别向2个被巡察单位党组织反馈: those units, that day": {
        "text": "市委第二巡察组向市交通运输系统反馈巡察情况\n9月21日，市委第二巡察组巡察市交通运输系统情况反馈会议召开。根据市委统一部署，"
                "市委第二巡察组对市交通运输系统开展了常规巡察。此次巡察对象包括市交通运输局党组、市港航管理局党组。"
                "反馈会上，市委第二巡察组组长代表巡察组分别向2个被巡察单位党组织反馈了巡察情况。",
        "inspections": {("市委第二巡察组", "市交通运输局党组"), ("市委第二巡察组", "市港航管理局党组")},
        "feedback": {("市委第二巡察组", "市交通运输局党组", "2023-09-21"), ("市委第二巡察组", "市港航管理局党组", "2023-09-21")},
        "issued": "2023-09-25",
    },
    "the same in Traditional, 本次巡察的對象為A、B、C … 向3個被巡察黨組織反饋": {
        "text": "縣委第一巡察組向縣衛健系統反饋\n6月12日，縣委第一巡察組巡察縣衛生健康系統情況反饋會召開。本次巡察的對象為縣衛生健康局黨組、"
                "縣人民醫院黨委、縣中醫院黨委。反饋會上，縣委第一巡察組分別向3個被巡察黨組織反饋了巡察情況。",
        "inspections": {("县委第一巡察组", "县卫生健康局党组"), ("县委第一巡察组", "县人民医院党委"), ("县委第一巡察组", "县中医院党委")},
        "feedback": {("县委第一巡察组", "县卫生健康局党组", "2024-06-12"), ("县委第一巡察组", "县人民医院党委", "2024-06-12"),
                     ("县委第一巡察组", "县中医院党委", "2024-06-12")},
        "issued": "2024-06-20",
    },
    "据A通报，T于4月1日反馈，指出该区…: the unit the sentence cites": {
        "text": "省委巡视整改晒单\n据河口区委通报，省委第三巡视组于4月1日反馈，指出该区存在招商引资质量不高等问题。",
        "feedback": {("省委第三巡视组", "河口区委", "2021-04-01")},
        "issued": "2021-05-01",
    },
    "the same in Traditional, 據A的整改通報顯示，": {
        "text": "省委巡視整改曬單\n據槐蔭縣委的整改通報顯示，省委第四巡視組於4月6日反饋，指出該縣存在債務化解不力等問題。",
        "feedback": {("省委第四巡视组", "槐荫县委", "2021-04-06")},
        "issued": "2021-05-01",
    },
    "negative: 据市纪委监委通报，T将于5月反馈 (what is to come)": {
        "text": "市委巡察工作\n据市纪委监委通报，市委第三巡察组将于5月10日反馈。",
        "feedback": set(),
        "issued": "2021-05-01",
    },
    "…照单全收市委第二巡察组反馈的问题: 收 opens no place (the team is 市委第二巡察组)": {
        "text": "市委第二巡察组向市交通运输局党组反馈巡察情况\n9月21日，市委第二巡察组向市交通运输局党组反馈巡察情况。局党组书记表示，局党组诚恳接受、"
                "照单全收市委第二巡察组反馈的问题。",
        "feedback": {("市委第二巡察组", "市交通运输局党组", "2023-09-21")},
        "teams": {"市委第二巡察组"},
        "issued": "2023-09-25",
    },
    "【5月8日】T向A反馈…(a paragraph of many clauses) ⏎当天下午，巡察组分别向B、C反馈: the day of the paragraph before": {
        "text": "市委第二巡察组完成反馈\n【5月6日】\n5月6日，市委第二巡察组向市教育工会党支部反馈巡察情况。\n【5月8日】\n5月8日上午，市委第二巡察组向市教育局党组反馈巡察情况。巡察组组长指出，存在一些问题，主要是：一是学习不够深入；"
                "二是统筹力度不够；三是责任落实不够到位；四是组织生活质量不高。分管领导强调，要把整改与日常工作结合起来；要按时报送整改报告；"
                "要接受监督。局党组书记表示，一定真认账、真整改。\n\n"
                "当天下午，巡察组分别向市教育考试院党支部、市学生资助管理中心党支部反馈巡察情况。",
        "feedback": {("市委第二巡察组", "市教育工会党支部", "2023-05-06"),
                     ("市委第二巡察组", "市教育局党组", "2023-05-08"), ("市委第二巡察组", "市教育考试院党支部", "2023-05-08"),
                     ("市委第二巡察组", "市学生资助管理中心党支部", "2023-05-08")},
        "issued": "2023-05-15",
    },
    "the same in Traditional, 同日 opening its paragraph after a paragraph of ；-clauses": {
        "text": "縣委第一巡察組完成反饋\n6月10日，縣委第一巡察組向縣檔案館黨支部反饋巡察情況。\n\n6月12日上午，縣委第一巡察組巡察縣文化館黨支部情況反饋會召開。巡察組提出，要堅持把黨的政治建設擺在首位；"
                "要聚焦主責主業；要嚴格執行財經紀律；要加強制度建設；要堵塞管理漏洞；要加強對年輕幹部的教育培養。該單位領導班子成員參加會議。\n\n"
                "同日，縣委第一巡察組向縣圖書館黨支部反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县档案馆党支部", "2024-06-10"), ("县委第一巡察组", "县文化馆党支部", "2024-06-12"),
                     ("县委第一巡察组", "县图书馆党支部", "2024-06-12")},
        "issued": "2024-06-20",
    },
    "negative: 6月3日，县委召开会议。⏎会议强调…⏎同日，T向A反馈: a meeting's day two paragraphs back dates nothing": {
        "text": "县委第二巡察组向县林业局党组反馈\n6月3日，县委召开巡察工作领导小组会议。\n会议强调，要压实整改责任。\n"
                "同日，县委第二巡察组向县林业局党组反馈巡察情况。",
        "feedback": {("县委第二巡察组", "县林业局党组", None)},
        "issued": "2024-06-20",
    },
    "A党组的通报…。据通报，T于8月22日反馈，指出该部…: the report's unit, fed back on that day": {
        "text": "部委晒整改清单\n北方水利部党组的通报篇幅最长。据通报，中央第三巡视组于8月22日反馈，指出该部存在“统筹发展和安全的意识不强”等问题。\n\n"
                "南方林业局党组的通报显示，中央第七巡视组于8月27日反馈，指出该局“对林地保护监管不力”。",
        "feedback": {("中央第三巡视组", "北方水利部党组", "2021-08-22"), ("中央第七巡视组", "南方林业局党组", "2021-08-27")},
        "issued": "2022-01-12",
    },
    "the same in Traditional, 據通報 / 的通報顯示": {
        "text": "省直部門曬整改清單\n東川省審計廳黨組的通報最為詳細。據通報，省委第三巡視組於6月21日反饋，指出該廳存在「審計發現問題移送不及時」等問題。\n\n"
                "東川省統計局黨組的通報顯示，省委第五巡視組於6月24日反饋，指出該局「統計督察不夠有力」。",
        "feedback": {("省委第三巡视组", "东川省审计厅党组", "2019-06-21"), ("省委第五巡视组", "东川省统计局党组", "2019-06-24")},
        "issued": "2019-12-18",
    },
    "negative: 据通报，T将于8月22日反馈: what is to come": {
        "text": "部委晒整改清单\n北方水利部党组的通报篇幅最长。据通报，中央第三巡视组将于8月22日反馈。",
        "feedback": set(),
        "issued": "2021-08-12",
    },
    "T巡视了A和B，并于8月26日分别反馈。 (a bare 反馈 closing the sentence): each unit's": {
        "text": "部委晒整改清单\n中央第五巡视组同时巡视了北方司法部党组和北方民政部党组，并于8月26日分别反馈。\n\n"
                "中央第六巡视组巡视了北方科技部党组，并于8月27日反馈了巡视意见。",
        "feedback": {("中央第五巡视组", "北方司法部党组", "2021-08-26"), ("中央第五巡视组", "北方民政部党组", "2021-08-26"),
                     ("中央第六巡视组", "北方科技部党组", "2021-08-27")},
        "issued": "2022-01-12",
    },
    "the same in Traditional, 並於6月25日反饋。": {
        "text": "省直部門曬整改清單\n省委第七巡視組本輪巡視了東川省生態環境廳黨組，並於6月25日反饋。",
        "feedback": {("省委第七巡视组", "东川省生态环境厅党组", "2019-06-25")},
        "issued": "2019-12-18",
    },
    "A通报：T对本厅党组进行了巡视，于6月21日反馈 … B的通报显示，T于6月21日向B反馈: two units fed back on one day": {
        "text": "省直部门晒整改清单\n东川省住房和城乡建设厅党组通报：3月至5月期间，省委第三巡视组对本厅党组进行了巡视，于6月21日反馈巡视意见。\n\n"
                "东川省审计厅党组的通报显示，省委第三巡视组于6月21日向审计厅党组反馈巡视意见，指出该厅“审计发现问题移送处理不及时”。",
        "inspections": {("省委第三巡视组", "东川省住房和城乡建设厅党组"), ("省委第三巡视组", "东川省审计厅党组")},
        "feedback": {("省委第三巡视组", "东川省住房和城乡建设厅党组", "2019-06-21"), ("省委第三巡视组", "东川省审计厅党组", "2019-06-21")},
        "issued": "2019-12-18",
    },
    "the same in Traditional, the unit's report second": {
        "text": "省直部門曬整改清單\n東川省審計廳黨組的通報顯示，省委第三巡視組於6月21日向審計廳黨組反饋巡視意見。\n\n"
                "東川省住房和城鄉建設廳黨組通報：省委第三巡視組對本廳黨組進行了巡視，於6月21日反饋巡視意見。",
        "inspections": {("省委第三巡视组", "东川省住房和城乡建设厅党组"), ("省委第三巡视组", "东川省审计厅党组")},
        "feedback": {("省委第三巡视组", "东川省住房和城乡建设厅党组", "2019-06-21"), ("省委第三巡视组", "东川省审计厅党组", "2019-06-21")},
        "issued": "2019-12-18",
    },
    "negative: a quoted word of the trade after 反馈了巡视 is no unit (“回头看”)": {
        "text": "2021年10月至11月,省委第二巡视组对岚川市开展了巡视“回头看”。2022年1月14日,省委第二巡视组向中共岚川市委反馈了巡视"
                "“回头看”意见。",
        "feedback": {("省委第二巡视组", "中共岚川市委", "2022-01-14")},
        "issued": "2022-01-20",
    },
    # ---------------------------------------------------------------- a group's count of the units its teams' own feedback names
    "各巡察组 fed back to the previous round's N units, each team's own clause naming its: not this round's units": {
        "text": "5月中旬,市委第八轮巡察2个巡察组完成进驻,市委各巡察组向第七轮巡察的4个单位党组织反馈了巡察情况。\n"
                "市委第一巡察组进驻市教育局党组;市委第二巡察组进驻市司法局党组。\n5月上旬,市委第一巡察组向市农业农村局党组、"
                "市林业局党组反馈;市委第二巡察组向市水利局党组、市气象局党组反馈。",
        "feedback": {("市委第一巡察组", "市农业农村局党组", "2025-05"), ("市委第一巡察组", "市林业局党组", "2025-05"),
                     ("市委第二巡察组", "市水利局党组", "2025-05"), ("市委第二巡察组", "市气象局党组", "2025-05")},
        "issued": "2025-05-21",
    },
    "the same in Traditional, the count before the teams' clauses in one paragraph": {
        "text": "5月,市委各巡察組向第七輪巡察的3個單位黨組織反饋了巡察情況:市委第一巡察組向市農業農村局黨組反饋;市委第二巡察組向"
                "市水利局黨組、市氣象局黨組反饋。此前,市委第一巡察組進駐市教育局黨組,市委第二巡察組進駐市司法局黨組。",
        "feedback": {("市委第一巡察组", "市农业农村局党组", "2025-05"), ("市委第二巡察组", "市水利局党组", "2025-05"),
                     ("市委第二巡察组", "市气象局党组", "2025-05")},
        "issued": "2025-05-21",
    },
    "a group's feedback to the inspected units where the units have no team named: by none, not by every team": {
        "text": "今年7月至9月,中央巡视组对3个单位党组织开展常规巡视。被巡视单位分为两类:中央和国家机关2家,即甲局、乙局;中管企业"
                "1家,即丙集团有限公司。10月下旬起,中央巡视组陆续向"
                "被巡视单位党组织反馈。10月28日,中央第三巡视组向丁局党组反馈;中央第八巡视组向戊局党组反馈。",
        "feedback": {(None, "甲局", "2025-10"), (None, "乙局", "2025-10"), (None, "丙集团有限公司", "2025-10"),
                     ("中央第三巡视组", "丁局党组", "2025-10-28"), ("中央第八巡视组", "戊局党组", "2025-10-28")},
        "issued": "2025-11-06",
    },
    "a team's feedback 分别向上述N个党组织 after its own N units: those units": {
        "text": "旗委第二巡察组巡察旗农牧局党组、旗水利局党组,同时对巴彦镇党委开展巡察“回头看”。7月15日至17日,旗委第二巡察组"
                "分别向上述3个党组织反馈巡察情况。旗委第一巡察组巡察旗教育体育局党组。",
        "feedback": {("旗委第二巡察组", t, None) for t in ("旗农牧局党组", "旗水利局党组", "巴彦镇党委")},
        "issued": "2024-08-09",
    },
    # ---------------------------------------------------------------- a feedback put off for some units
    "every team's feedback to the units inspected, but two units' put off (A、B因…暂缓反馈)": {
        "text": "县委巡察办关于巡察整改情况的通报\n2023年10月16日至12月15日,县委第一巡察组对县公安局党委、县人民医院党委、"
                "县中医院党委开展了常规巡察。2024年1月中旬,各巡察组分别向被巡察党组织反馈了巡察情况。县人民医院党委、县中医院党委因"
                "巡察发现的问题线索正在核查,暂缓反馈。",
        "feedback": {("县委第一巡察组", "县公安局党委", "2024-01")},
        "issued": "2024-04-18",
    },
    "the same in Traditional with 暫不反饋, one unit": {
        "text": "2023年10月至12月,縣委第二巡察組對縣林業局黨組、縣水利局黨組開展了巡察。2024年1月,巡察組向被巡察黨組織反饋了巡察情況,"
                "縣水利局黨組暫不反饋。",
        "feedback": {("县委第二巡察组", "县林业局党组", "2024-01")},
        "issued": "2024-04-18",
    },
    "negative: a unit fed back later in its own sentence keeps that feedback": {
        "text": "2023年10月至12月,县委第二巡察组对县林业局党组、县水利局党组开展了巡察。2024年1月10日,县委第二巡察组向县林业局党组"
                "反馈了巡察情况,县水利局党组因线索核查暂缓反馈。3月5日,县委第二巡察组向县水利局党组反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "县林业局党组", "2024-01-10"), ("县委第二巡察组", "县水利局党组", "2024-03-05")},
        "issued": "2024-04-18",
    },
    # ---------------------------------------------------------------- headline forms
    "headline: X巡察Y情况反馈会召开": {
        "text": "县委第二巡察组巡察县住建局党组情况反馈会召开\n6月12日,县委第二巡察组巡察县住建局党组情况反馈会召开。",
        "feedback": {("县委第二巡察组", "县住建局党组", "2023-06-12")},
        "issued": "2023-06-20",
    },
    "headline counts the units the body names: the count is no target": {
        "text": "省委第六巡视组向3个党组织反馈巡视情况\n6月5日,省委第六巡视组分别向省农业农村厅党组、省林业局党组、"
                "省供销社党组反馈巡视情况。",
        "feedback": {("省委第六巡视组", t, "2024-06-05") for t in ("省农业农村厅党组", "省林业局党组", "省供销社党组")},
        "issued": "2024-06-09",
    },
    "headline counts the units the body names: the count is no target (traditional)": {
        "text": "省委第六巡視組向3個黨組織反饋巡視情況\n6月5日,省委第六巡視組分別向省農業農村廳黨組、省林業局黨組、"
                "省供銷社黨組反饋巡視情況。",
        "feedback": {("省委第六巡视组", t, "2024-06-05") for t in ("省农业农村厅党组", "省林业局党组", "省供销社党组")},
        "issued": "2024-06-09",
    },
    "headline counts more units than the body names: the count stays": {
        "text": "省委第六巡视组向5个党组织反馈巡视情况\n6月5日,省委第六巡视组分别向省农业农村厅党组、省林业局党组反馈巡视情况。",
        "feedback": {("省委第六巡视组", t, "2024-06-05") for t in ("5个党组织", "省农业农村厅党组", "省林业局党组")},
        "issued": "2024-06-09",
    },
    "headline: 巡察Y意见反馈会, no team before it (traditional)": {
        "text": "11月14日下午,學院黨委巡察經濟管理學院黨總支意見反饋會在行政樓召開。反饋會由巡察組副組長李明主持。",
        "feedback": {(None, "经济管理学院党总支", "2020-11-14")},
        "issued": "2021-01-15",
        "presided": "李明",
    },
    "headline: the unit hosts the feedback meeting": {
        "text": "5月8日,县财政局党组召开县委巡察反馈会议,县委第一巡察组组长王刚反馈了巡察情况。",
        "feedback": {("县委第一巡察组", "县财政局党组", "2023-05-08")},
        "issued": "2023-05-20",
    },
    "headline: the unit hosts the feedback meeting (traditional)": {
        "text": "5月8日,縣財政局黨組召開縣委巡察反饋會議,縣委第一巡察組組長王剛反饋了巡察情況。",
        "feedback": {("县委第一巡察组", "县财政局党组", "2023-05-08")},
        "issued": "2023-05-20",
    },
    "headline: Y巡察反馈会召开, the host first": {
        "text": "县教育局党组巡察反馈会于6月5日召开,县委第三巡察组组长刘洋反馈了巡察情况。",
        "feedback": {("县委第三巡察组", "县教育局党组", "2023-06-05")},
        "issued": "2023-06-10",
    },
    "headline: Y巡察反馈会召开, the host first (traditional)": {
        "text": "縣教育局黨組巡察反饋會於6月5日召開,縣委第三巡察組組長劉洋反饋了巡察情況。",
        "feedback": {("县委第三巡察组", "县教育局党组", "2023-06-05")},
        "issued": "2023-06-10",
    },
    "the unit that received the team's feedback, then drew up its plan": {
        "text": "据悉,青石大学在接到中央巡视组巡视通报后,制定了整改工作方案。",
        "feedback": {("中央巡视组", "青石大学", None)},
        "issued": "2014-10-14",
    },
    "the unit that received the team's feedback (traditional)": {
        "text": "據悉,青石大學在接到中央巡視組專項巡視反饋意見後,制定了整改工作方案。",
        "feedback": {("中央巡视组", "青石大学", None)},
        "issued": "2014-10-14",
    },
    "the unit that received the feedback of a revisit": {
        "text": "县财政局党组在接到县委第二巡察组巡察“回头看”反馈意见后,立即召开党组会研究整改。",
        "feedback": {("县委第二巡察组", "县财政局党组", None)},
        "issued": "2023-05-20",
    },
    "the unit that received the feedback of a revisit (traditional)": {
        "text": "縣財政局黨組在接到縣委第二巡察組巡察「回頭看」反饋意見後,立即召開黨組會研究整改。",
        "feedback": {("县委第二巡察组", "县财政局党组", None)},
        "issued": "2023-05-20",
    },
    "the unit that received the feedback of a raised-level inspection": {
        "text": "县财政局党组在接到县委第二巡察组提级巡察反馈意见后,立即召开党组会研究整改。",
        "feedback": {("县委第二巡察组", "县财政局党组", None)},
        "issued": "2023-05-20",
    },
    "a county bureau received a numbered team's feedback": {
        "text": "县财政局党组收到县委第二巡察组的巡察情况反馈后,立即召开党组会研究整改。",
        "feedback": {("县委第二巡察组", "县财政局党组", None)},
        "issued": "2023-05-20",
    },
    "a notice received from an office is no team's feedback": {
        "text": "县财政局党组收到县委巡察办的通知后,立即召开党组会。",
        "issued": "2023-05-20",
        "no_feedback": True,
    },
    "a dispatcher that hosts a round's meeting is no target": {
        "text": "5月8日,县委召开十五届县委第二轮巡察集中反馈会议。",
        "issued": "2023-05-20",
        "no_feedback": True,
    },
    "headline: X向Y反馈巡察情况, the date in the next sentence's meeting": {
        "text": "市委第三巡察组向市审计局党组反馈巡察情况\n2022年9月6日,市委第三巡察组向市审计局党组反馈巡察情况。",
        "feedback": {("市委第三巡察组", "市审计局党组", "2022-09-06")},
    },
    "the date stated before the sentence, in the meeting it was given at": {
        "text": "2023年4月18日上午,县林业局召开县委巡察反馈会议。会上,县委第四巡察组向县林业局党组反馈了巡察情况。",
        "feedback": {("县委第四巡察组", "县林业局党组", "2023-04-18")},
    },
    "the date of the feedback meeting told in the sentence before": {
        "text": "3月5日,县农业农村局召开巡察反馈会议。县委第二巡察组组长陈明向县农业农村局党组反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "县农业农村局党组", "2023-03-05")},
        "issued": "2023-03-10",
    },
    "the date of an inspection before the sentence is not the feedback's": {
        "text": "2023年3月至5月,县委第四巡察组对县林业局党组开展了常规巡察。巡察结束后,县委第四巡察组向县林业局党组反馈了巡察情况。",
        "feedback": {("县委第四巡察组", "县林业局党组", None)},
    },
    "the meeting's date written after it": {
        "text": "县委第三巡察组巡察县教育局党组情况反馈会于6月5日召开。",
        "feedback": {("县委第三巡察组", "县教育局党组", "2023-06-05")},
        "issued": "2023-06-10",
    },
    # ---------------------------------------------------------------- several units at once
    "分别向A、B反馈": {
        "text": "2021年3月2日,市委第三巡察组分别向和平区委、和平区政府党组反馈巡察情况。",
        "feedback": {("市委第三巡察组", "和平区委", "2021-03-02"), ("市委第三巡察组", "和平区政府党组", "2021-03-02")},
    },
    "向A、B分别反馈 (traditional)": {
        "text": "2023年6月5日,市委第四巡察組向市文旅局黨組、市體育局黨組分別反饋了巡察情況。",
        "feedback": {("市委第四巡察组", "市文旅局党组", "2023-06-05"), ("市委第四巡察组", "市体育局党组", "2023-06-05")},
    },
    "a target list that runs over a comma": {
        "text": "5月29日至6月4日,县委第一巡察组分别向本轮巡察的青石镇、白沙镇党委,县审计局、县统计局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", t, None) for t in ("青石镇党委", "白沙镇党委", "县审计局党组", "县统计局党组")},
        "issued": "2023-06-10",
    },
    "a target list that runs over a comma (traditional)": {
        "text": "5月29日至6月4日,縣委第一巡察組分別向本輪巡察的青石鎮、白沙鎮黨委,縣審計局、縣統計局黨組反饋巡察情況。",
        "feedback": {("县委第一巡察组", t, None) for t in ("青石镇党委", "白沙镇党委", "县审计局党组", "县统计局党组")},
        "issued": "2023-06-10",
    },
    "a clause after a comma is no target list": {
        "text": "2023年5月6日,市委第二巡察组向市水利局党组通报巡察情况,对整改提出要求,向市水利局党组主要负责同志反馈了巡察意见。",
        "feedback": {("市委第二巡察组", "市水利局党组", "2023-05-06")},
    },
    "feedback to a number of units: the inspected units of that kind": {
        "text": "2023年3月至4月,区委第二巡察组对东湖社区、西岭社区、南山社区进行了巡察。6月2日,区委第二巡察组向城关街道3个社区党委反馈巡察情况。",
        "feedback": {("区委第二巡察组", t, "2023-06-02") for t in ("东湖社区", "西岭社区", "南山社区")},
    },
    "feedback to a number of units of either kind in brackets (traditional)": {
        "text": "2023年3月至4月,鎮黨委第一巡察組對東湖村、西嶺村、南山社區進行了巡察。6月2日,鎮黨委第一巡察組向全鎮3個村(社區)黨支部反饋巡察情況。",
        "feedback": {("镇党委第一巡察组", t, "2023-06-02") for t in ("东湖村", "西岭村", "南山社区")},
    },
    "巡察并分别进行了反馈, no date: the inspection's units": {
        "text": "近日,镇党委第一巡察组对东湖村、西岭村开展了巡察,并分别进行了反馈。",
        "feedback": {("镇党委第一巡察组", "东湖村", None), ("镇党委第一巡察组", "西岭村", None)},
    },
    "巡察X，N月N日反馈意见: the inspection's unit on the day written before 反馈": {
        "text": "今年3月，区委第一巡察组对区审计局党组开展巡察，4月26日反馈意见。",
        "feedback": {("区委第一巡察组", "区审计局党组", "2024-04-26")},
        "issued": "2024-07-18",
    },
    "巡视X，并于今年N月N日反馈巡视意见 (Traditional)": {
        "text": "去年9月至11月，省委第五巡視組對沅州市開展巡視，並於今年2月16日反饋巡視意見。",
        "feedback": {("省委第五巡视组", "沅州市", "2024-02-16")},
        "issued": "2024-03-10",
    },
    "巡察X，并于N月反馈巡察情况: a month": {
        "text": "2023年4月至6月，县委第三巡察组对县水务局党组开展了常规巡察，并于8月反馈巡察情况。",
        "feedback": {("县委第三巡察组", "县水务局党组", "2023-08")},
    },
    "negative: the feedback of a day named as a thing (N月N日反馈意见整改) is none given here": {
        "text": "县水务局党组对照县委第三巡察组6月5日反馈意见整改清单逐项推进。",
        "no_feedback": True,
    },
    "向本行党委反馈 in the unit's own report: the unit inspected": {
        "text": "2019年3月至5月，中央第一巡视组对中国长兴银行股份有限公司党委进行了常规巡视，7月5日向本行党委反馈了巡视意见。\n"
                "（二）强化督促检查。将巡视整改落实情况纳入总行党委巡察和纪委日常监督内容。",
        "feedback": {("中央第一巡视组", "中国长兴银行股份有限公司党委", "2019-07-05")},
        "issued": "2019-10-15",
    },
    "向我局党组反馈 (Traditional)": {
        "text": "2023年4月至6月，縣委第三巡察組對縣水務局黨組進行了常規巡察，8月10日向我局黨組反饋了巡察意見。",
        "feedback": {("县委第三巡察组", "县水务局党组", "2023-08-10")},
        "issued": "2023-11-15",
    },
    "巡察A并延伸巡察B、C; 向A反馈; 组长X反馈了巡察情况: the feedback is A's, not the units the inspection extended to": {
        "text": "2022年4月18日至6月10日，市卫健委党组第二巡察组对市人民医院党委开展了巡察，并延伸巡察了医院总务科党支部、药剂科党支部。"
                "8月3日，巡察组向市人民医院党委反馈巡察情况。市卫健委党组成员徐建平出席反馈会并讲话，巡察组组长孙国华反馈了巡察情况。",
        "feedback": {("市卫健委党组第二巡察组", "市人民医院党委", "2022-08-03")},
        "issued": "2022-08-05",
    },
    "the same (Traditional)": {
        "text": "2023年3月至5月，縣委第一巡察組對甲鎮黨委開展了巡察，並延伸巡察了東村黨支部、西村黨支部。6月2日，巡察組向甲鎮黨委"
                "反饋巡察情況。巡察組組長李明反饋了巡察情況。",
        "feedback": {("县委第一巡察组", "甲镇党委", "2023-06-02")},
        "issued": "2023-06-05",
    },
    "a round's feedback in a month, then each team's units day by day: no month-dated feedback of a team besides its days": {
        "text": "2024年4月至7月，二十届中央第三轮巡视对2家中管企业党组和1所中管高校党委开展了常规巡视。9月上旬，2个中央巡视组陆续向"
                "被巡视党组织反馈巡视情况。各中央巡视组反馈情况如下：\n中央第一巡视组：9月3日向中国华源电力集团有限公司党组反馈，9月5日"
                "向中国北方重型机械集团有限公司党组反馈。\n中央第二巡视组：9月4日向南岭大学党委反馈。",
        "feedback": {("中央第一巡视组", "中国华源电力集团有限公司党组", "2024-09-03"),
                     ("中央第一巡视组", "中国北方重型机械集团有限公司党组", "2024-09-05"),
                     ("中央第二巡视组", "南岭大学党委", "2024-09-04")},
        "issued": "2024-09-20",
    },
    "X巡视组则向Y指出，…: the team telling the unit its findings, as the press writes a feedback (Traditional)": {
        "text": "根據通報，中共中央第三巡視組向河北省委反饋時指出，河北省委推動協同發展有差距。"
                "中共中央第八巡視組則向貴州省委指出，貴州省委防範化解債務風險舉措落實不到位。",
        "feedback": {("中央第三巡视组", "河北省委", None), ("中央第八巡视组", "贵州省委", None)},
        "issued": "2024-05-10",
    },
    "the same, simplified": {
        "text": "市委第二巡察组向市林业局党组指出，局党组落实主体责任不到位。",
        "feedback": {("市委第二巡察组", "市林业局党组", None)},
        "issued": "2024-05-10",
    },
    "向A、B、C反馈时指出: the units, not 反馈时 with the last": {
        "text": "3月5日，区委第一巡察组向区财政局、区审计局、区统计局反馈时指出，3个单位在预算绩效管理等方面仍有短板。",
        "feedback": {("区委第一巡察组", t, "2024-03-05") for t in ("区财政局", "区审计局", "区统计局")},
        "issued": "2024-03-08",
    },
    "negative: someone other than a team 向X指出 gives no feedback": {
        "text": "县委书记向县林业局党组指出，要认真抓好巡察整改。",
        "no_feedback": True,
        "issued": "2024-05-10",
    },
    "对X开展了巡察，共反馈问题N个: the count says the feedback was given, the sentence's month the inspection's": {
        "text": "2022年6月，县委第四巡察组对县人民医院党委开展了巡察，共反馈问题22个。",
        "feedback": {("县委第四巡察组", "县人民医院党委", None)},
        "issued": "2023-06-30",
    },
    "共反馈问题N个 after the inspection (Traditional)": {
        "text": "2022年6月，縣委第四巡察組對縣人民醫院黨委開展了巡察，共反饋問題22個。",
        "feedback": {("县委第四巡察组", "县人民医院党委", None)},
        "issued": "2023-06-30",
    },
    "向所辖N个村(社区)党组织反馈…。此次被巡察的党组织分别是：A、B…: the units the next sentence names": {
        "text": "4月22日，区委第二巡察组在红星街道召开巡察集中反馈会，向红星街道所辖3个村（社区）党组织集中反馈巡察情况。"
                "此次被巡察的党组织分别是：东湖村党总支、西湖村党支部、北岭社区党委。",
        "feedback": {("区委第二巡察组", t, "2024-04-22") for t in ("东湖村党总支", "西湖村党支部", "北岭社区党委")},
        "issued": "2024-04-23",
    },
    "the same, the units fewer than the count: the count stays (Traditional)": {
        "text": "4月22日，區委第二巡察組向紅星街道所轄3個村黨組織反饋巡察情況。此次被巡察的黨組織分別是：東湖村黨總支、西湖村黨支部。",
        "feedback": {("区委第二巡察组", "红星街道所辖3个村党组织", "2024-04-22")},
        "issued": "2024-04-23",
    },
    "对A、B,由X带队进行现场反馈": {
        "text": "根据集团党组部署,2023年集团第二批巡视反馈工作于7月10日完成。对巡视涉及的华东分公司和华南分公司,"
                "由集团党组副书记张强带队进行现场反馈。",
        "feedback": {(None, "华东分公司", None), (None, "华南分公司", None)},
    },
    "对A,由X带队进行视频反馈, in a paragraph on the inspection": {
        "text": "本次巡视反馈采用现场反馈和视频反馈相结合的方式进行。对西北分公司和东北分公司,由党组成员李伟带队进行视频反馈。",
        "feedback": {(None, "西北分公司", None), (None, "东北分公司", None)},
    },
    "a feedback to be led is not one given": {
        "text": "对巡视涉及的华东分公司,将由集团党组副书记带队进行现场反馈。",
        "no_feedback": True,
    },
    "向X进行了“一对一”反馈": {
        "text": "7月29日,市委第五巡察组向市公安局党委进行了“一对一”反馈。",
        "feedback": {("市委第五巡察组", "市公安局党委", "2023-07-29")},
        "issued": "2023-08-05",
    },
    "向X进行巡察情况反馈": {
        "text": "根据学校党委统一部署,12月13日,学校党委第二巡察组向外国语学院党总支进行巡察情况反馈。",
        "feedback": {("学校党委第二巡察组", "外国语学院党总支", "2022-12-13")},
        "issued": "2022-12-20",
    },
    # ---------------------------------------------------------------- one day each, notes in brackets after the units
    "teams listed with their days after 分别于, one day a team": {
        "text": "市委第一、第二、第三巡察组分别于11月16日、17日、18日向市教育局党组、市财政局党组、市住建局党组反馈巡察情况。",
        "feedback": {("市委第一巡察组", "市教育局党组", "2023-11-16"), ("市委第二巡察组", "市财政局党组", "2023-11-17"),
                     ("市委第三巡察组", "市住建局党组", "2023-11-18")},
        "issued": "2023-12-01",
    },
    "one team, one day a unit after 分別於 (Traditional)": {
        "text": "縣委巡察組分別於5月8日和9日向縣水利局黨組、縣林業局黨組反饋巡察情況。",
        "feedback": {("县委巡察组", "县水利局党组", "2024-05-08"), ("县委巡察组", "县林业局党组", "2024-05-09")},
        "issued": "2024-05-20",
    },
    "days opening the clause, then the team's 分别向A、B: one day a unit in order": {
        "text": "11月14日、15日，市人民检察院党组第一巡察组分别向东岭区人民检察院党组、西河县人民检察院党组反馈巡察情况。",
        "feedback": {("市人民检察院党组第一巡察组", "东岭区人民检察院党组", "2023-11-14"),
                     ("市人民检察院党组第一巡察组", "西河县人民检察院党组", "2023-11-15")},
        "issued": "2023-11-17",
    },
    "days opening the clause, teams listed before 分别 (Traditional)": {
        "text": "6月3日、5日,縣委第一、第二巡察組分別向縣林業局黨組、縣水利局黨組反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县林业局党组", "2024-06-03"), ("县委第二巡察组", "县水利局党组", "2024-06-05")},
        "issued": "2024-06-10",
    },
    "negative: a period over the days is no day each (each feedback given over the period)": {
        "text": "11月16日至18日,市委第一、第二巡察组分别向市教育局党组、市财政局党组反馈巡察情况。",
        "dates": {("市教育局党组", "2023-11-16", "2023-11-18"), ("市财政局党组", "2023-11-16", "2023-11-18")},
        "issued": "2023-12-01",
    },
    "negative: days that do not match the teams in number give each the first": {
        "text": "市委第一、第二、第三巡察组分别于11月16日、17日向市教育局党组、市财政局党组、市住建局党组反馈巡察情况。",
        "feedback": {("市委第一巡察组", "市教育局党组", "2023-11-16"), ("市委第二巡察组", "市财政局党组", "2023-11-16"),
                     ("市委第三巡察组", "市住建局党组", "2023-11-16")},
        "issued": "2023-12-01",
    },
    "a day before each unit's 向 after 其中, in the month the sentence named (Traditional)": {
        "text": "6月12日至14日,縣委第三巡察組分別向縣財政局、縣審計局、縣統計局3個單位黨組反饋巡察情況,其中,12日向縣財政局黨組、"
                "13日向縣審計局黨組、14日向縣統計局黨組反饋。",
        "feedback": {("县委第三巡察组", "县财政局党组", "2023-06-12"), ("县委第三巡察组", "县审计局党组", "2023-06-13"),
                     ("县委第三巡察组", "县统计局党组", "2023-06-14")},
        "issued": "2023-06-19",
    },
    "the same with the team's feedback told only unit by unit": {
        "text": "6月,县委第三巡察组分别于12日向县财政局党组、13日向县审计局党组反馈巡察情况。",
        "feedback": {("县委第三巡察组", "县财政局党组", "2023-06-12"), ("县委第三巡察组", "县审计局党组", "2023-06-13")},
        "issued": "2023-06-19",
    },
    "a day alone opening each clause is a later day of the month named first": {
        "text": "11月16日,市委第一巡察组向市教育局党组反馈巡察情况;17日,向市财政局党组反馈巡察情况;18日,向市住建局党组反馈巡察情况。",
        "feedback": {("市委第一巡察组", "市教育局党组", "2023-11-16"), ("市委第一巡察组", "市财政局党组", "2023-11-17"),
                     ("市委第一巡察组", "市住建局党组", "2023-11-18")},
        "issued": "2023-12-01",
    },
    "the same over sentences, the day with 上午 (Traditional)": {
        "text": "6月3日,縣委第二巡察組向甲鎮黨委反饋巡察情況。\n4日上午,縣委第二巡察組向乙鄉黨委反饋巡察情況。",
        "feedback": {("县委第二巡察组", "甲镇党委", "2024-06-03"), ("县委第二巡察组", "乙乡党委", "2024-06-04")},
        "issued": "2024-06-10",
    },
    "a day alone opening the page, no month named before it, is of the page's month (as a news item's dateline)": {
        "text": "4日,县委第二巡察组向乙乡党委反馈巡察情况。会议要求,20日前报送整改方案。",
        "feedback": {("县委第二巡察组", "乙乡党委", "2024-06-04")},
        "issued": "2024-06-10",
    },
    "the same under the page's header date, a repost's account line (Traditional)": {
        "text": "旗委第三巡察組向阿拉坦嘎查黨支部反饋巡察情況\n伊和烏拉旗紀委監委 清風伊和烏拉 2024-08-09 17:02\n"
                "9日上午,旗委第三巡察組在哈日根台蘇木召開村級巡察反饋會,向阿拉坦嘎查黨支部反饋巡察情況。",
        "feedback": {("伊和乌拉旗委第三巡察组", "阿拉坦嘎查党支部", "2024-08-09")},  # (the banner the account names)
    },
    "negative: a day alone opening a paragraph after a period of another month is no date": {
        "text": "2023年3月至5月,县委第二巡察组对乙乡党委开展了巡察。\n4日,县委第二巡察组向乙乡党委反馈巡察情况。",
        "feedback": {("县委第二巡察组", "乙乡党委", None)},
        "issued": "2024-06-10",
    },
    "clauses after 其中 take the date of the sentence before it (Traditional)": {
        "text": "1月9日,區委第一巡察組、第二巡察組分別召開巡察反饋會。其中,區委第一巡察組向區教育局黨委、區民政局黨組2個單位反饋;"
                "區委第二巡察組向海灣街道黨工委、區農業農村局黨組2個單位反饋。",
        "feedback": {("区委第一巡察组", "区教育局党委", "2024-01-09"), ("区委第一巡察组", "区民政局党组", "2024-01-09"),
                     ("区委第二巡察组", "海湾街道党工委", "2024-01-09"), ("区委第二巡察组", "区农业农村局党组", "2024-01-09")},
        "issued": "2024-01-12",
    },
    "a headline's count of both teams' units is no unit, the body feeding back unit by unit": {
        "text": "县委第一、第二巡察组向4个单位反馈巡察情况\n县委第一巡察组向县水利局党组反馈巡察情况。县委第一巡察组向县林业局党组反馈巡察情况。"
                "县委第二巡察组向县民政局党组反馈巡察情况。县委第二巡察组向县商务局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县水利局党组", None), ("县委第一巡察组", "县林业局党组", None),
                     ("县委第二巡察组", "县民政局党组", None), ("县委第二巡察组", "县商务局党组", None)},
        "issued": "2023-07-12",
    },
    "a count written with its party bodies as alternatives (14个单位党组(党委)) is no unit where all are named": {
        "text": "市委巡察組分別向市教育局黨組、市財政局黨組等2個單位黨組(黨委)反饋十屆市委第三輪巡察情況。",
        "feedback": {("市委巡察组", "市教育局党组", None), ("市委巡察组", "市财政局党组", None)},
        "issued": "2023-07-12",
    },
    "an inspection of the units named before, counted in two kinds (上述2个乡镇和2个村), is of the units fed back to": {
        "text": "6月30日,县委第五巡察组分别向河西乡党委、黄土岭镇党委反馈专项巡察情况,并同步向五里村党支部、石板村党支部反馈村级巡察情况。"
                "4月上旬至5月下旬,县委第五巡察组对上述2个乡镇和2个村开展了乡村振兴专项巡察。",
        "feedback": {("县委第五巡察组", t, "2025-06-30") for t in ("河西乡党委", "黄土岭镇党委", "五里村党支部", "石板村党支部")},
        "issued": "2025-07-03",
    },
    "a count of units whose kind their names do not end in is the team's units, when as many (Traditional)": {
        "text": "9月23日至10月31日,院黨委巡察組對骨科黨支部、康復醫學科黨支部、醫學影像科黨支部開展了專項巡察。11月26日,"
                "院黨委巡察組分別向三個科室黨支部反饋巡察情況。",
        "feedback": {("院党委巡察组", t, "2024-11-26") for t in ("骨科党支部", "康复医学科党支部", "医学影像科党支部")},
        "issued": "2024-11-28",
    },
    "the same counted with 家": {
        "text": "9月至10月,集团党委第三巡察组对水务工程公司党委、城东供水分公司党支部开展了常规巡察。12月5日,集团党委第三巡察组"
                "向两家基层单位党组织反馈巡察情况。",
        "feedback": {("集团党委第三巡察组", t, "2024-12-05") for t in ("水务工程公司党委", "城东供水分公司党支部")},
        "issued": "2024-12-08",
    },
    "negative: a count that is not the team's number of units stays as written": {
        "text": "9月至10月,集团党委第三巡察组对水务工程公司党委开展了常规巡察。12月5日,集团党委第三巡察组向两家基层单位党组织反馈巡察情况。",
        "feedback": {("集团党委第三巡察组", "两家基层单位党组织", "2024-12-05")},
        "issued": "2024-12-08",
    },
    "a count before a one-character kind (两镇党委) is the team's units of that kind": {
        "text": "白沙镇党委、石门镇党委由市委第三巡察组巡察,2023年5月16日,市委第三巡察组分别向两镇党委反馈了巡察意见。",
        "feedback": {("市委第三巡察组", "白沙镇党委", "2023-05-16"), ("市委第三巡察组", "石门镇党委", "2023-05-16")},
        "issued": "2023-06-30",
    },
    "a round's count of places and units that its teams' units make up is no unit: each team's feedback": {
        "text": "2021年3月至5月,省委第一、第二巡视组分别对甲市委、乙厅党组开展了常规巡视。本轮巡视共向2个地区和单位反馈问题126个。",
        "feedback": {("省委第一巡视组", "甲市委", None), ("省委第二巡视组", "乙厅党组", None)},
    },
    "a round's feedback said done, then one team's detailed after 其中: each other team's is the round's": {
        "text": "2022年3月至5月,省委第一巡视组巡视甲市委;省委第二巡视组巡视乙市委。同年7月上旬,巡视反馈工作全部完成,"
                "其中省委第二巡视组于7月6日向乙市委反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "甲市委", "2022-07"), ("省委第二巡视组", "乙市委", "2022-07-06")},
        "issued": "2022-09-20",
    },
    "the same in a Traditional reprint, the detail after a full stop": {
        "text": "2022年3月至5月,省委第一巡視組巡視甲市委;省委第二巡視組巡視乙市委。7月上旬,巡視反饋工作全部完成。"
                "7月6日,省委第二巡視組向乙市委反饋了巡視意見。",
        "feedback": {("省委第一巡视组", "甲市委", "2022-07"), ("省委第二巡视组", "乙市委", "2022-07-06")},
        "issued": "2022-09-20",
    },
    "feedback to 以下单位, the units one a line after the colon (Traditional)": {
        "text": "近日,市委第三巡察組向以下單位反饋巡察情況:\n市教育局黨組\n市財政局黨組\n市住建局黨組\n",
        "feedback": {("市委第三巡察组", t, None) for t in ("市教育局党组", "市财政局党组", "市住建局党组")},
        "issued": "2023-12-01",
    },
    "feedback to 下列单位, the units after the colon on the same line": {
        "text": "近日,市委第三巡察组分别向下列单位反馈了巡察情况:市教育局党组、市财政局党组。",
        "feedback": {("市委第三巡察组", t, None) for t in ("市教育局党组", "市财政局党组")},
        "issued": "2023-12-01",
    },
    "units parted by spaces where the page lost its 、": {
        "text": "近日,市委第三巡察组分别向市教育局党组 市财政局党组 市住建局党组反馈巡察情况。",
        "feedback": {("市委第三巡察组", t, None) for t in ("市教育局党组", "市财政局党组", "市住建局党组")},
        "issued": "2023-12-01",
    },
    "negative: a space before the unit's leaders parts no second unit": {
        "text": "近日,市委第三巡察组向市教育局党组 主要负责同志反馈巡察情况。",
        "feedback": {("市委第三巡察组", "市教育局党组", None)},
        "issued": "2023-12-01",
    },
    "negative: the problems units claimed (认领巡察反馈问题N个) are no feedback": {
        "text": "十三届市委第二轮巡察的21个被巡察党组织近日公开巡察整改进展情况。21个党组织共认领巡察反馈问题486个,已整改到位451个。",
        "feedback": set(),
    },
    "a day in brackets after each unit is no part of its name": {
        "text": "近日,市委巡察组分别向市教育局党组(11月16日)、市财政局党组(11月17日)反馈巡察情况。",
        "feedback": {("市委巡察组", "市教育局党组", None), ("市委巡察组", "市财政局党组", None)},
        "issued": "2023-12-01",
    },
    "the inspection's kind and the leader in brackets after units (Traditional)": {
        "text": "近日,市委第二巡察組分別向市民政局黨組(常規巡察)、市商務局黨組(巡察「回頭看」)、市體育局黨組(組長鄭立新)反饋巡察情況。",
        "feedback": {("市委第二巡察组", t, None) for t in ("市民政局党组", "市商务局党组", "市体育局党组")},
        "issued": "2023-12-01",
    },
    # ---------------------------------------------------------------- the feedback named as a thing
    "a rectification plan names the feedback given": {
        "text": "集团公司召开会议,研究《关于落实中央第五巡视组对集团公司专项巡视反馈意见的整改方案》。",
        "feedback": {("中央第五巡视组", "集团公司", None)},
    },
    "向上述单位反馈的巡视情况 was given by each team": {
        "text": "省委第一巡视组、第二巡视组分别完成了对东州市委、西州市委的巡视。昨日,省纪委网站公布了各巡视组向上述市委反馈的巡视情况。",
        "feedback": {("省委第一巡视组", "东州市委", None), ("省委第二巡视组", "西州市委", None)},
    },
    # ---------------------------------------------------------------- who, when
    "no team named: feedback without a team": {
        "text": "2023年6月1日,巡察组向县医保局党组反馈了巡察情况。县委第二巡察组、第三巡察组已完成进驻。",
        "feedback": {(None, "县医保局党组", "2023-06-01")},
    },
    "a feedback over days (13-15日)": {
        "text": "根据学校党委统一部署,12月13-15日,学校党委第一巡察组向化学学院党委反馈巡察情况。",
        "dates": {("化学学院党委", "2022-12-13", "2022-12-15")},
        "issued": "2022-12-20",
    },
    "the deployment it follows makes it a statement of what was done": {
        "text": "根据区委巡察工作领导小组的安排,巡察组向闸北街道党工委反馈巡察情况。",
        "feedback": {("巡察组", "闸北街道党工委", None)},
    },
    "clauses joined by ；share the date that opens the first": {
        "text": "2023年6月2日,市委第一巡察组向市民政局党组反馈巡察情况;市委第二巡察组向市司法局党组反馈巡察情况。",
        "feedback": {("市委第一巡察组", "市民政局党组", "2023-06-02"), ("市委第二巡察组", "市司法局党组", "2023-06-02")},
    },
    "反馈了巡察意见 in the sentence after the inspection: the inspected unit's": {
        "text": "2023年3月至5月,县委第二巡察组对县水利局党组进行了巡察。6月10日,巡察组反馈了巡察意见。",
        "feedback": {("县委第二巡察组", "县水利局党组", "2023-06-10")},
    },
    "a feedback counted by its problems, in a rectification report": {
        "text": "根据县委统一部署,2023年3月至5月,县委第二巡察组对县水利局党组进行了巡察。巡察共反馈问题12个,已整改10个。",
        "feedback": {("县委第二巡察组", "县水利局党组", None)},
    },
    "feedback to the round's N units: those the text names": {
        "text": "2023年3月至5月,县委第二巡察组对县水利局党组、县林业局党组进行了巡察。6月10日,县委第二巡察组向本轮巡察的2个党组织反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "县水利局党组", "2023-06-10"), ("县委第二巡察组", "县林业局党组", "2023-06-10")},
    },
    "a date whose 年 and 月 the page lost": {
        "text": "2022324日上午,区委第二巡察组向区城投集团党委反馈了巡察情况。",
        "feedback": {("区委第二巡察组", "区城投集团党委", "2022-03-24")},
    },
    "a date whose 月 the page lost, the year from the page's date": {
        "text": "根据区委安排,816日,区委第一巡察组向城关街道党工委反馈巡察情况。",
        "feedback": {("区委第一巡察组", "城关街道党工委", "2019-08-16")},
        "issued": "2019-09-02",
    },
    "a plain day and a length of days are no lost dates": {
        "text": "区委第二巡察组历时120日完成巡察。15日上午,区委第二巡察组向区城投集团党委反馈了巡察情况。",
        "feedback": {("区委第二巡察组", "区城投集团党委", None)},
        "issued": "2023-06-20",
    },
    "a team without a number, no date: feedback to a named unit is an event": {
        "text": "日前,省委巡视组向某某市委反馈了巡视情况。",
        "feedback": {("省委巡视组", "某某市委", None)},
    },
    "a team without a number, no date (traditional)": {
        "text": "日前,省委巡視組向某某市委反饋巡視情況。",
        "feedback": {("省委巡视组", "某某市委", None)},
    },
    "a long list of villages": {
        "text": "7月3日,镇党委巡察组分别向" + "、".join(f"{v}村" for v in "东西南北上下前后左右中新老大小") + "党支部反馈巡察情况。",
        "feedback": {("镇党委巡察组", f"{v}村党支部", "2023-07-03") for v in "东西南北上下前后左右中新老大小"},
        "issued": "2023-07-10",
    },
    "a round's teams to its counted units, no date (traditional)": {
        "text": "近日,十屆縣委第五輪巡察的4個巡察組分別向被巡察的12個黨組織反饋巡察情況。",
        "feedback": {("巡察组", "被巡察的12个党组织", None)},
    },
    "对X开展巡察“回头看”反馈": {
        "text": "2024年1月16日,区委第二巡察组对区人社局党组开展巡察“回头看”反馈。",
        "feedback": {("区委第二巡察组", "区人社局党组", "2024-01-16")},
    },
    "a rectification meeting's host received the feedback of the team it answers": {
        "text": "4月29日,青石镇召开巡察整改动员部署会议,根据区委要求和区委第二巡察组反馈的问题,研究部署整改工作。",
        "feedback": {("区委第二巡察组", "青石镇", None)},
    },
    "a rectification meeting's host received the feedback (traditional)": {
        "text": "4月29日,青石鎮召開巡察整改動員部署會議,針對區委第二巡察組反饋的問題,研究部署整改工作。",
        "feedback": {("区委第二巡察组", "青石镇", None)},
    },
    "the unit heard the team's feedback": {
        "text": "5月8日,县财政局党组听取了县委第一巡察组的巡察情况反馈。",
        "feedback": {("县委第一巡察组", "县财政局党组", "2023-05-08")},
        "issued": "2023-05-20",
    },
    "the dispatcher heard a team's report: no feedback": {
        "text": "5月8日,县委书记专题会听取了县委第一巡察组的巡察情况汇报。",
        "no_feedback": True,
    },
    "clues a team handed over are no feedback to the body that handles them": {
        "text": "5月6日,县纪委监委召开会议,研究县委第一巡察组反馈的问题线索。",
        "no_feedback": True,
    },
    "the presider named in the sentence before (会议由X同志主持。会上,…)": {
        "text": "6月2日,县审计局召开巡察反馈会议,会议由县委第一巡察组组长王强同志主持。会上,县委第一巡察组向县审计局党组反馈了巡察情况。",
        "feedback": {("县委第一巡察组", "县审计局党组", "2023-06-02")},
        "presided": "王强",
        "issued": "2023-06-10",
    },
    "完成了对X的巡察和反馈: the inspection's units": {
        "text": "2023年5月,县委第二巡察组完成了对城关镇党委、新华镇党委的巡察和反馈工作。",
        "feedback": {("县委第二巡察组", "城关镇党委", "2023-05"), ("县委第二巡察组", "新华镇党委", "2023-05")},
    },
    "no team in the sentence, several in the text: the one that inspected the target": {
        "text": "2023年3月至5月,县委第一巡察组对县民政局党组进行了巡察,县委第二巡察组对县司法局党组进行了巡察。"
                "6月8日,巡察组向县司法局党组反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "县司法局党组", "2023-06-08")},
    },
    # ---------------------------------------------------------------- the story's opening date, its year stated later
    "the opening date on or after the inspection it goes back to: the year the page states": {
        "text": "9月18日,省委第二巡视组向青石市委反馈巡视情况。根据省委统一部署,2024年4月8日至6月7日,省委第二巡视组对"
                "青石市委开展了常规巡视。",
        "feedback": {("省委第二巡视组", "青石市委", "2024-09-18")},
    },
    "the opening date before the inspection it goes back to: the next year (Traditional)": {
        "text": "2月17日,省委第二巡視組向青石市委反饋巡視情況。根據省委統一部署,2023年10月29日至12月30日,省委第二巡視組對"
                "青石市委開展了常規巡視。",
        "feedback": {("省委第二巡视组", "青石市委", "2024-02-17")},
    },
    "negative: a page stating two years gives the opening date no year": {
        "text": "2月17日,省委第二巡视组向青石市委反馈巡视情况。根据省委统一部署,2023年11月6日至2024年1月5日,省委第二巡视组"
                "对青石市委开展了常规巡视。",
        "feedback": {("省委第二巡视组", "青石市委", None)},
    },
    # ---------------------------------------------------------------- a round's feedback named as published
    "a round's feedback to its units, named as published: no date of its own": {
        "text": "8月3日,省纪委监委网站公布了十二届省委第四轮巡视对青石市委、省交通运输厅党组的巡视反馈情况。",
        "feedback": {(None, "青石市委", None), (None, "省交通运输厅党组", None)},
    },
    "a round's feedback to a count of units (Traditional)": {
        "text": "8月3日晚,中央紀委國家監委網站集中公布了十九屆中央第三輪巡視對45家中央單位及中管企業的巡視反饋情況。",
        "feedback": {(None, "45家中央单位及中管企业", None)},
    },
    "negative: a round's rectification named as published is no feedback": {
        "text": "8月3日,省纪委监委网站公布了十二届省委第四轮巡视对青石市委的巡视整改情况。",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- negatives
    "a unit reports its rectification back to the team": {
        "text": "2023年8月10日,县水利局党组向县委第二巡察组反馈了整改进展情况。",
        "no_feedback": True,
    },
    "a unit reports back to the inspection office (traditional)": {
        "text": "2023年8月10日,縣水利局黨組向縣委巡察辦反饋了巡察整改情況。",
        "no_feedback": True,
    },
    "a duty to give feedback to a named unit": {
        "text": "省委巡视组要及时向某某市委反馈巡视情况。",
        "no_feedback": True,
    },
    "to be given after the inspection": {
        "text": "巡察结束后,县委第二巡察组将向县水利局党组反馈巡察情况。",
        "no_feedback": True,
    },
    "planned with a date": {
        "text": "县委第二巡察组拟于2023年8月向县水利局党组反馈巡察情况。",
        "no_feedback": True,
    },
    "feedback of another kind (a petition)": {
        "text": "2023年6月1日,县信访局向来访群众反馈了办理结果。",
        "no_feedback": True,
    },
    "a meeting relaying the spirit of a feedback meeting": {
        "text": "6月1日,县水利局党组召开会议,传达学习县委巡察反馈会议精神。",
        "no_feedback": True,
    },
    "a general duty, not a feedback": {
        "text": "巡察组要及时向被巡察党组织反馈巡察发现的问题。",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- two teams, two groups of units parted by 和
    "two teams share out two groups of units parted by 和, in order": {
        "text": "6月5日,县委第一巡察组、第二巡察组分别向县教育局党组、县民政局党组、县财政局党组和县水务局党组、"
                "县审计局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", t, "2024-06-05") for t in ("县教育局党组", "县民政局党组", "县财政局党组")}
        | {("县委第二巡察组", t, "2024-06-05") for t in ("县水务局党组", "县审计局党组")},
        "issued": "2024-06-09",
    },
    "two teams share out two groups of units parted by 和 (Traditional)": {
        "text": "6月5日,集團黨委第一巡察組、第二巡察組分別向甲公司黨委、乙公司黨委和丙公司黨委、丁公司黨委反饋巡察情況。",
        "feedback": {("集团党委第一巡察组", t, "2024-06-05") for t in ("甲公司党委", "乙公司党委")}
        | {("集团党委第二巡察组", t, "2024-06-05") for t in ("丙公司党委", "丁公司党委")},
        "issued": "2024-06-09",
    },
    "two teams and a 和 inside a unit's name: which team had which unit is not said": {
        "text": "6月5日,市委第一巡察组、第二巡察组分别向市住房和城乡建设局党组、市水务局党组、市审计局党组反馈巡察情况。",
        "feedback": {(None, t, "2024-06-05") for t in ("市住房和城乡建设局党组", "市水务局党组", "市审计局党组")},
        "issued": "2024-06-09",
    },
    "two teams and a list ending in a count (…和F等4家): which team had which unit is not said": {
        "text": "6月5日,局党组第一、第二巡视组分别向甲中心、乙中心、丙中心和丁所等4家直属单位党组织反馈了巡视情况。",
        "feedback": {(None, t, "2024-06-05") for t in ("甲中心", "乙中心", "丙中心", "丁所")},
        "issued": "2024-06-09",
    },
    # ---------------------------------------------------------------- 一并 before 进行反馈; a town's villages as a whole
    "a feedback to a town and, 一并, to the villages under it": {
        "text": "6月3日,县委第一巡察组向某镇党委反馈巡察情况,同时对某镇所辖各村(社区)党组织一并进行反馈。",
        "feedback": {("县委第一巡察组", t, "2024-06-03") for t in ("某镇党委", "某镇所辖各村(社区)党组织")},
        "issued": "2024-06-05",
    },
    "a feedback to a town and, 一并, to the villages under it (Traditional)": {
        "text": "6月3日,縣委第一巡察組向某鎮黨委反饋巡察情況,同時對某鎮所轄各村(社區)黨組織一併進行反饋。",
        "feedback": {("县委第一巡察组", t, "2024-06-03") for t in ("某镇党委", "某镇所辖各村(社区)党组织")},
        "issued": "2024-06-05",
    },
    "a feedback 一并 to be given is none yet": {
        "text": "巡察组将对某镇所辖各村(社区)党组织一并进行反馈。",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- 某市下辖的某县委: the owner before 下辖的 is no part
    "a feedback to a county named with the city it belongs to (下辖的)": {
        "text": "8月13日,省委第七巡视组向某市委反馈巡视情况,同日省委第八巡视组向某市下辖的某县委反馈巡视情况。",
        "feedback": {("省委第七巡视组", "某市委", "2021-08-13"), ("省委第八巡视组", "某县委", "2021-08-13")},
        "issued": "2021-08-17",
    },
    "a feedback to a county named with the city it belongs to (下轄的, Traditional)": {
        "text": "8月13日,省委第七巡視組向某市委反饋巡視情況,同日省委第八巡視組向某市下轄的某縣委反饋巡視情況。",
        "feedback": {("省委第七巡视组", "某市委", "2021-08-13"), ("省委第八巡视组", "某县委", "2021-08-13")},
        "issued": "2021-08-17",
    },
    "a feedback about what is under a unit (下辖的乡镇) names no unit": {
        "text": "8月13日,省委第八巡视组向某县委反馈巡视情况,要求加强对下辖的乡镇的指导。",
        "feedback": {("省委第八巡视组", "某县委", "2021-08-13")},
        "issued": "2021-08-17",
    },
    # ---------------------------------------------------------------- 共 before 反馈; the dispatcher hosting the meeting
    "a team's count of units before 共反馈: the units it inspected": {
        "text": "2024年3月至5月,某银行某分行党委第一巡察组对甲县支行、乙县支行开展了常规巡察。第一巡察组向2个支行共反馈问题18个。",
        "feedback": {("某银行某分行党委第一巡察组", t, None) for t in ("甲县支行", "乙县支行")},
    },
    "the dispatcher that hosts the feedback meeting is no target": {
        "text": "6月5日,某银行某分行党委召开巡察反馈会,某银行某分行党委巡察组向甲县支行党支部反馈巡察情况。",
        "feedback": {("某银行某分行党委巡察组", "甲县支行党支部", "2024-06-05")},
        "issued": "2024-06-09",
    },
    "the dispatcher that hosts the feedback meeting is no target (Traditional)": {
        "text": "6月5日,某銀行某分行黨委召開巡察反饋會,某銀行某分行黨委巡察組向甲縣支行黨支部反饋巡察情況。",
        "feedback": {("某银行某分行党委巡察组", "甲县支行党支部", "2024-06-05")},
        "issued": "2024-06-09",
    },
    # ---------------------------------------------------------------- the meeting named after 对Y, hosted by Y, held at Y
    "headline: X对Y巡察情况反馈会议召开": {
        "text": "市委第一巡察组对市统计局党组巡察情况反馈会议召开\n5月9日,市委第一巡察组对市统计局党组巡察情况反馈会议召开。",
        "feedback": {("市委第一巡察组", "市统计局党组", "2024-05-09")},
        "issued": "2024-05-10",
    },
    "headline: X對Y的專項巡察反饋會召開 (Traditional)": {
        "text": "縣委第三巡察組對甲鎮黨委的專項巡察反饋會召開\n9月3日,縣委第三巡察組對甲鎮黨委的專項巡察反饋會召開。",
        "feedback": {("县委第三巡察组", "甲镇党委", "2024-09-03")},
        "issued": "2024-09-05",
    },
    "the unit hosts its team's feedback meeting: 巡察反馈会 names no unit": {
        "text": "4月20日上午,市审计局党组召开市委第四巡察组巡察反馈会。",
        "feedback": {("市委第四巡察组", "市审计局党组", "2024-04-20")},
        "issued": "2024-04-22",
    },
    "the unit hosts its team's feedback meeting (Traditional, a university)": {
        "text": "11月2日,甲大學黨委召開省委第五巡視組巡視反饋會。",
        "feedback": {("省委第五巡视组", "甲大学党委", "2024-11-02")},
        "issued": "2024-11-04",
    },
    "negative: the dispatcher, under its full name, hosts the round's feedback meeting of its teams": {
        "text": "11月26日,鼎川能源集团有限公司党委召开2024年第二轮巡察反馈会议,集团党委第一巡察组向鼎川电力有限公司党委"
                "反馈巡察情况。",
        "feedback": {("鼎川能源集团有限公司党委第一巡察组", "鼎川电力有限公司党委", "2024-11-26")},
        "issued": "2024-11-28",
    },
    "negative: the dispatcher under its full name hosts the meeting (Traditional, a bank)": {
        "text": "12月3日,江嵐銀行股份有限公司黨委召開巡察反饋會議,江嵐銀行黨委第二巡察組向城東支行黨支部反饋巡察情況。",
        "feedback": {("江岚银行股份有限公司党委第二巡察组", "城东支行党支部", "2024-12-03")},
        "issued": "2024-12-05",
    },
    "到Y反馈: the team went to the unit to feed back": {
        "text": "4月20日,市委第四巡察组到市审计局党组反馈巡察情况。",
        "feedback": {("市委第四巡察组", "市审计局党组", "2024-04-20")},
        "issued": "2024-04-22",
    },
    "赴Y反馈 (Traditional, a county's team)": {
        "text": "7月8日,縣委第二巡察組赴乙鄉黨委反饋巡察意見。",
        "feedback": {("县委第二巡察组", "乙乡党委", "2024-07-08")},
        "issued": "2024-07-09",
    },
    "negative: 收到…反馈 and 截至到 are no feedback to a unit": {
        "text": "5月8日,巡察组收到群众反馈问题12件。截至到目前,巡察组共受理信访举报20件。",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- a round's digest: teams and units paired clause by clause
    "team向X，team向Y，team向Z分别反馈: each clause pairs a team with its unit": {
        "text": "6月5日,中央第一巡视组向甲省委,中央第二巡视组向乙省委,中央第三巡视组向丙部党组分别反馈巡视情况。",
        "feedback": {("中央第一巡视组", "甲省委", "2024-06-05"), ("中央第二巡视组", "乙省委", "2024-06-05"),
                     ("中央第三巡视组", "丙部党组", "2024-06-05")},
        "issued": "2024-06-09",
    },
    "team向X、Y，team向Z反馈 (Traditional, a county's teams)": {
        "text": "9月2日,縣委第一巡察組向甲鎮黨委、乙鎮黨委,縣委第二巡察組向丙鎮黨委反饋了巡察情況。",
        "feedback": {("县委第一巡察组", "甲镇党委", "2024-09-02"), ("县委第一巡察组", "乙镇党委", "2024-09-02"),
                     ("县委第二巡察组", "丙镇党委", "2024-09-02")},
        "issued": "2024-09-05",
    },
    "negative: a clause naming no team before the pair is no pair": {
        "text": "9月2日,组长向甲局主要负责同志,市委第二巡察组向乙局党组反馈了巡察情况。",
        "feedback": {("市委第二巡察组", "乙局党组", "2024-09-02")},
        "issued": "2024-09-05",
    },
    "the round's teams feed back to a count of units, then each team's own: the count is no team's unit": {
        "text": "6月3日,十九届中央第二轮巡视的15个巡视组分别向21个地方和单位党组织反馈巡视情况。其中,中央第一巡视组"
                "向甲省委反馈巡视情况;中央第二巡视组向乙省委反馈巡视情况。",
        "feedback": {("中央第一巡视组", "甲省委", "2024-06-03"), ("中央第二巡视组", "乙省委", "2024-06-03")},
        "issued": "2024-06-09",
    },
    "a team written bare that counts more units than the numbered team has is the round's teams (Traditional)": {
        "text": "6月3日,省委巡視組向12個地方黨組織反饋巡視情況。同日,省委第一巡視組向甲市委反饋巡視情況。",
        "feedback": {("省委巡视组", "12个地方党组织", "2024-06-03"), ("省委第一巡视组", "甲市委", "2024-06-03")},
        "issued": "2024-06-09",
    },
    "a round's teams feed back over a period, then each team's own dated feedback: one feedback per team": {
        "text": "3月下旬至4月上旬,二十届中央第五轮巡视的2个巡视组陆续向2个地方党组织反馈巡视情况。\n3月27日,中央第一巡视组"
                "向甲省委反馈巡视情况。\n4月3日,中央第二巡视组向乙自治区党委反馈巡视情况。",
        "feedback": {("中央第一巡视组", "甲省委", "2025-03-27"), ("中央第二巡视组", "乙自治区党委", "2025-04-03")},
        "issued": "2025-04-09",
    },
    "a headline's bare team counting the units is the teams the body names (Traditional)": {
        "text": "中央巡視組向兩家企業反饋\n3月16日,中央第十巡視組向甲銀行黨委反饋巡視情況。同日,中央第十一巡視組向乙集團黨委"
                "反饋巡視情況。",
        "feedback": {("中央第十巡视组", "甲银行党委", "2026-03-16"), ("中央第十一巡视组", "乙集团党委", "2026-03-16")},
        "issued": "2026-03-19",
    },
    "X组同日向A反馈: the same day after the team, a paragraph after the day the one before names": {
        "text": "中央巡视组密集反馈\n中央第七巡视组去年10月对西江省进行巡视，1月10日向西江省委反馈。\n"
                "中央第十巡视组同日向北原省委反馈，巡视北原省期间发现的问题主要是：推动高质量发展不够坚决；选人用人把关不严。",
        "feedback": {("中央第七巡视组", "西江省委", "2024-01-10"), ("中央第十巡视组", "北原省委", "2024-01-10")},
        "issued": "2024-01-12",
    },
    "X組巡視A後，同日向A黨委反饋: the same day after a clause (Traditional press)": {
        "text": "中央巡視組點名金融機構\n中央第九巡視組今年4月至6月巡視安信銀行，8月1日向安信銀行黨委反饋。\n"
                "中央第十一巡視組巡視國民儲蓄銀行後，同日向國民儲蓄銀行黨委反饋。",
        "feedback": {("中央第九巡视组", "安信银行党委", "2024-08-01"), ("中央第十一巡视组", "国民储蓄银行党委", "2024-08-01")},
        "issued": "2024-08-06",
    },
    "X第一组、第二组分别向4个党组织反馈，其中第一组向A、B反馈，第二组向C、D反馈: 其中 before a bare ordinal team": {
        "text": "8月22日，县委第十四轮巡察集中反馈会召开。县委第十四轮巡察第一组、第二组分别向4个被巡察党组织反馈巡察情况，其中第一组向"
                "县财政局党组、县审计局党组反馈，第二组向县医疗保障局党组、县民政局党组反馈。",
        "feedback": {("县委巡察第一组", "县财政局党组", "2019-08-22"), ("县委巡察第一组", "县审计局党组", "2019-08-22"),
                     ("县委巡察第二组", "县医疗保障局党组", "2019-08-22"), ("县委巡察第二组", "县民政局党组", "2019-08-22")},
        "issued": "2019-08-23",
    },
    "the same in Traditional, 其中第一組 opening a sentence of its own": {
        "text": "5月6日，市委第三輪巡察第一組、第二組分別向3個黨組織反饋巡察情況。其中第一組向市財政局黨組、市審計局黨組反饋，"
                "第二組向市民政局黨組反饋。",
        "feedback": {("市委巡察第一组", "市财政局党组", "2023-05-06"), ("市委巡察第一组", "市审计局党组", "2023-05-06"),
                     ("市委巡察第二组", "市民政局党组", "2023-05-06")},
        "issued": "2023-05-08",
    },
    "X组向A等2个党组织反馈 … 对A、B开展了巡察: the count stands for the units the team's inspection names": {
        "text": "11月21日，市委第三巡察组向市教育局党组等2个党组织反馈巡察情况。\n根据市委统一部署，2023年8月28日至10月27日，"
                "市委第三巡察组对市教育局党组、市体育局党组开展了常规巡察。",
        "feedback": {("市委第三巡察组", "市教育局党组", "2023-11-21"), ("市委第三巡察组", "市体育局党组", "2023-11-21")},
        "issued": "2023-11-23",
    },
    "the same in Traditional, 向A等3個黨組織反饋 before the inspection's sentence": {
        "text": "5月9日，縣委第二巡察組向縣林業局黨組等3個黨組織反饋巡察情況。此前，縣委第二巡察組對縣林業局黨組、縣水利局黨組、"
                "縣氣象局黨組開展了常規巡察。",
        "feedback": {("县委第二巡察组", "县林业局党组", "2024-05-09"), ("县委第二巡察组", "县水利局党组", "2024-05-09"),
                     ("县委第二巡察组", "县气象局党组", "2024-05-09")},
        "issued": "2024-05-10",
    },
    "negative: 向A等4个党组织反馈 where the team inspected 3 units: the count is not theirs, A alone": {
        "text": "11月21日，市委第三巡察组向市教育局党组等4个党组织反馈巡察情况。2023年9月，市委第三巡察组对市教育局党组、市体育局党组、"
                "市统计局党组开展了常规巡察。",
        "feedback": {("市委第三巡察组", "市教育局党组", "2023-11-21")},
        "issued": "2023-11-23",
    },
    "各巡視組組長向被巡視市委反饋: the inspected city committees, each team's own (Traditional)": {
        "text": "10月24日，省委第一、第二巡視組分別向河陽市委、南川市委反饋巡視情況。各巡視組組長向被巡視市委主要負責同志反饋了巡視情況。",
        "feedback": {("省委第一巡视组", "河阳市委", "2023-10-24"), ("省委第二巡视组", "南川市委", "2023-10-24")},
        "issued": "2023-10-26",
    },
    "反馈安排如下：⏎day　team　unit　地点：…: a schedule's rows with where each meeting was held": {
        "text": "9月9日至10日，省委第七轮巡视各巡视组分别反馈巡视情况。\n反馈安排如下：\n9月9日　省委第一巡视组　嵩岭市委　地点：嵩岭市委常委会议室\n"
                "9月10日　省委第二巡视组　澧源市委　地点：澧源市委常委会议室\n",
        "feedback": {("省委第一巡视组", "嵩岭市委", "2024-09-09"), ("省委第二巡视组", "澧源市委", "2024-09-10")},
        "issued": "2024-09-14",
    },
    "the same in Traditional, a county inspected by extension marked so (（延伸巡視）)": {
        "text": "十二屆省委第七輪巡視反饋工作完成\n反饋安排如下：\n9月10日　省委第一巡視組　汝源縣委（延伸巡視）　地點：汝源縣委常委會議室\n"
                "9月11日　省委第二巡視組　石峽縣委（延伸巡視）　會場：石峽縣委常委會議室\n",
        "feedback": {("省委第一巡视组", "汝源县委", "2024-09-10"), ("省委第二巡视组", "石峡县委", "2024-09-11")},
        "issued": "2024-09-14",
    },
    "a round's assessment counts the problems each unit was given: a feedback to each, by its team": {
        "text": "市委第一巡察组巡察的市交通运输局党组:反馈问题15个,已整改13个。\n市委第二巡察组巡察的市审计局党组:2024年6月20日"
                "反馈问题14个,已完成整改12个。",
        "feedback": {("市委第一巡察组", "市交通运输局党组", None), ("市委第二巡察组", "市审计局党组", "2024-06-20")},
        "issued": "2024-10-09",
    },
    "negative: a count of the problems a unit found itself is no feedback to it": {
        "text": "市交通运输局党组开展自查,共查找问题15个,已整改13个。",
        "no_feedback": True,
    },
    "a round's feedback to a count of units, then each team's units: a feedback to each team's own": {
        "text": "2023年4月至6月,十二届省委第四轮巡视对12个省直单位党组织开展了常规巡视,8月反馈了巡视意见。\n"
                "省委第一巡视组:甲厅党组、乙厅党组。\n省委第二巡视组:丙局党组。",
        "feedback": {("省委第一巡视组", "甲厅党组", "2023-08"), ("省委第一巡视组", "乙厅党组", "2023-08"),
                     ("省委第二巡视组", "丙局党组", "2023-08"), (None, "12个省直单位党组织", "2023-08")},
        "issued": "2024-01-15",
    },
    "the unit a finding is said of names no longer form (巡察发现甲局党组存在…: 发现 is no part of its name)": {
        "text": "8月11日,区委第一巡察组向区城管执法局党组反馈巡察情况。詹雪松指出,巡察发现区城管执法局党组存在执法不够规范等问题。",
        "feedback": {("区委第一巡察组", "区城管执法局党组", "2025-08-11")},
        "issued": "2025-08-12",
    },
    "a link to the next page (上一条:/下一条:) is furniture": {
        "text": "学校党委第二巡察组向图书馆直属党支部反馈巡察情况\n5月9日,学校党委第二巡察组向图书馆直属党支部反馈巡察情况。\n"
                "上一条:学校党委第一巡察组向外国语学院党委反馈巡察情况",
        "feedback": {("学校党委第二巡察组", "图书馆直属党支部", "2025-05-09")},
        "issued": "2025-05-12",
    },
    "the bare team fed back to two units, one of them another statement's team's: each its own team's": {
        "text": "昨日,中央巡视组分别向甲省委和乙集团党组反馈巡视情况。\n日前,中央第四巡视组向甲省委反馈巡视情况。"
                "\n中央第十巡视组向丙部党组反馈巡视情况。",
        "feedback": {("中央第四巡视组", "甲省委", None), (None, "乙集团党组", None), ("中央第十巡视组", "丙部党组", None)},
    },
    "the bare team fed back to two units, one of them another statement's team's (Traditional)": {
        "text": "昨日,中央巡視組分別向甲省委和乙集團黨組反饋巡視情況。\n日前,中央第四巡視組向甲省委反饋巡視情況。"
                "\n中央第十巡視組向丙部黨組反饋巡視情況。",
        "feedback": {("中央第四巡视组", "甲省委", None), (None, "乙集团党组", None), ("中央第十巡视组", "丙部党组", None)},
    },
    "a team's count of the problems it fed back is its paragraph's inspection's feedback, no other unit's": {
        "text": "中共甲医院委员会关于巡察整改进展情况的通报\n\n乙中心党总支关于巡察整改情况的通报\n2023年4月,市委第四巡察组对乙中心党总支"
                "开展了常规巡察,并于2023年7月17日反馈了巡察意见。市委第四巡察组反馈问题19个,已整改完成17个。",
        "feedback": {("市委第四巡察组", "乙中心党总支", "2023-07-17")},
    },
    "a team's count of the problems it fed back, in Traditional": {
        "text": "中共甲醫院委員會關於巡察整改進展情況的通報\n\n2023年4月,市委第四巡察組對乙中心黨總支開展了常規巡察,"
                "並於2023年7月17日反饋了巡察意見。市委第四巡察組反饋問題19個,已整改完成17個。",
        "feedback": {("市委第四巡察组", "乙中心党总支", "2023-07-17")},
    },
    "a day written after a team and its leader (11日向A反馈) is of the page's month": {
        "text": "中央巡视组集中反馈\n2025年09月14日 04:30\n中央第一巡视组(组长郑某)11日向中共云岭省委反馈;\n"
                "中央第三巡视组(组长钱某)12日分别向中共北陵省委和中共北屿市委反馈;",
        "feedback": {("中央第一巡视组", "中共云岭省委", "2025-09-11"), ("中央第三巡视组", "中共北陵省委", "2025-09-12"),
                     ("中央第三巡视组", "中共北屿市委", "2025-09-12")},
    },
    "the same in Traditional, a day later than the page's: the month before": {
        "text": "中央巡視組集中反饋\n2025年09月05日 04:30\n中央第二巡視組(組長邵某)28日向中共江嵐省委反饋;",
        "feedback": {("中央第二巡视组", "中共江岚省委", "2025-08-28")},
    },
    "units of a round fed back to one after another (今年1月陆续反馈巡视意见)": {
        "text": "2024年08月24日\n二十届中央第三轮巡视于去年10月至12月对甲集团、乙集团党组开展常规巡视,今年1月陆续反馈巡视意见。",
        "feedback": {(None, "甲集团", "2024-01"), (None, "乙集团党组", "2024-01")},
    },
    "the findings told to several units at once (向A、B集中通报巡察情况) are a feedback to each": {
        "text": "12月18日,澄州市委第二巡察组向市交通运输局党组、市港航管理处党支部集中通报巡察情况。",
        "feedback": {("澄州市委第二巡察组", "市交通运输局党组", None), ("澄州市委第二巡察组", "市港航管理处党支部", None)},
    },
    "negative: a leader briefed on the findings (向市委常委、政法委书记某某通报巡视情况) is no unit fed back to": {
        "text": "近日,省检察院党组第一巡视组向甲市委常委、政法委书记李飞亭通报巡视情况。",
        "feedback": set(),
    },
    # ---------------------------------------------------------------- a feedback's year where the text states only the inspection's
    "a feedback in January after an inspection that ended in November is of the next year": {
        "text": "本报讯 根据省委统一部署,2023年9月11日至11月20日,省委第六巡视组对岚川市进行了常规巡视。1月18日,省委第六巡视组向岚川市委"
                "反馈巡视情况。",
        "feedback": {("省委第六巡视组", "岚川市委", "2024-01-18")},
        "issued": "2024-01-19",
    },
    "the same in Traditional, a university's page": {
        "text": "根據省委統一部署,2023年10月9日至12月15日,省委第三巡視組對南州理工大學黨委開展了常規巡視。1月17日,省委第三巡視組向學校"
                "黨委領導班子反饋巡視情況。",
        "feedback": {("省委第三巡视组", "南州理工大学党委", "2024-01-17")},
        "issued": "2024-01-19",
    },
    "negative: a feedback after the inspection in the same year keeps that year": {
        "text": "2023年3月1日至4月30日,省委第六巡视组对岚川市进行了常规巡视。6月18日,省委第六巡视组向岚川市委反馈巡视情况。",
        "feedback": {("省委第六巡视组", "岚川市委", "2023-06-18")},
        "issued": "2024-01-19",
    },
    # ---------------------------------------------------------------- schedules: a day or a half-day before each unit's 向
    "a schedule after 反馈会议分别召开: over ；-clauses, the period's feedback told again day by day": {
        "text": "9月上旬至10月下旬,省委第四巡视组对省农业科学院党委、省林业科学研究院党委、省水利设计院党委、省地矿局党委开展了常规巡视。"
                "11月20日至21日,省委第四巡视组分别向上述4个单位党组织反馈巡视情况。反馈会议分别召开:11月20日上午向省农业科学院党委,"
                "下午向省林业科学研究院党委;21日上午向省水利设计院党委,下午向省地矿局党委。",
        "feedback": {("省委第四巡视组", "省农业科学院党委", "2024-11-20"), ("省委第四巡视组", "省林业科学研究院党委", "2024-11-20"),
                     ("省委第四巡视组", "省水利设计院党委", "2024-11-21"), ("省委第四巡视组", "省地矿局党委", "2024-11-21")},
        "issued": "2024-11-25",
    },
    "each unit's day with its month (6月11日向A、6月12日向B反馈), a half-day after a day (上午向C、下午向D) (Traditional)": {
        "text": "自治區黨委第七巡視組6月11日向區交投集團黨委、6月12日向區能源集團黨委反饋了巡視情況;第八巡視組6月13日上午向區建工集團黨委、"
                "下午向區農發集團黨委反饋了巡視情況。",
        "feedback": {("自治区党委第七巡视组", "区交投集团党委", "2024-06-11"), ("自治区党委第七巡视组", "区能源集团党委", "2024-06-12"),
                     ("自治区党委第八巡视组", "区建工集团党委", "2024-06-13"), ("自治区党委第八巡视组", "区农发集团党委", "2024-06-13")},
        "issued": "2024-06-20",
    },
    "days listed after 先后于, one a unit": {
        "text": "市委第三巡察组先后于6月9日、10日向市医保局党组、市供销社党组反馈巡察情况。",
        "feedback": {("市委第三巡察组", "市医保局党组", "2025-06-09"), ("市委第三巡察组", "市供销社党组", "2025-06-10")},
        "issued": "2025-06-12",
    },
    "negative: a schedule under 具体安排为: is what is to be done": {
        "text": "县委第三巡察组将于1月14日至15日向其余2个被巡察单位党组织反馈巡察情况,具体安排为:1月14日向岚溪镇党委反馈,"
                "15日上午向县人民医院党委、下午向县一中党总支反馈。",
        "no_feedback": True,
        "issued": "2025-01-10",
    },
    # ---------------------------------------------------------------- an infographic's card
    "a card's 反馈时间 line: the card's team fed back to its units on that day": {
        "text": "一、巡察基本情况\n巡察组:县委第三巡察组\n巡察对象:溪口镇党委\n巡察时间:2024年7月8日—8月16日\n反馈时间:2024年9月24日",
        "feedback": {("县委第三巡察组", "溪口镇党委", "2024-09-24")},
        "issued": "2024-11-20",
    },
    "the same in Traditional, the feedback's day before the card's team": {
        "text": "📅 反饋時間:2024年6月12日\n👥 巡察組:市委第三巡察組\n🏢 被巡察單位:市住房和城鄉建設局黨組",
        "feedback": {("市委第三巡察组", "市住房和城乡建设局党组", "2024-06-12")},
        "issued": "2024-06-20",
    },
    "negative: a notice's 反馈时间 with no team's card near it gives no feedback": {
        "text": "巡察工作安排\n反馈时间:2024年9月24日\n受理时间:每天8:00—18:00",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- meetings a clause is at, and clauses of a day only
    "在X巡察反馈会上: the unit the meeting is named after, by the team the clause names, on the clause's day": {
        "text": "1月6日上午,在县司法局巡察“回头看”反馈会上,县委第七巡察组组长符国良通报了情况;当天下午,在县信访局反馈会上,"
                "第七巡察组副组长陆晓东反馈了巡察情况。",
        "feedback": {("县委第七巡察组", "县司法局", "2025-01-06"), ("县委第七巡察组", "县信访局", "2025-01-06")},
        "issued": "2025-01-10",
    },
    "the same in Traditional, a college's meeting where the college's committee is said by its kind (学院党委)": {
        "text": "12月16日上午,校黨委第一巡察組在馬克思主義學院巡察反饋會上向學院黨委領導班子反饋了巡察情況。",
        "feedback": {("校党委第一巡察组", "马克思主义学院", "2024-12-16")},
        "issued": "2024-12-20",
    },
    "a team holds the meeting at the unit (县委第八巡察组在县住建局召开专项巡察反馈会)": {
        "text": "1月6日,县委第八巡察组在县住房和城乡建设局召开专项巡察反馈会,副县长龚建平出席。",
        "feedback": {("县委第八巡察组", "县住房和城乡建设局", "2025-01-06")},
        "issued": "2025-01-10",
    },
    "negative: a meeting at a place that is no unit fed back (在会议室召开的反馈会上) names none": {
        "text": "1月6日,县委第八巡察组向县住房和城乡建设局反馈巡察情况。在三楼会议室反馈会上,副县长龚建平讲话。",
        "feedback": {("县委第八巡察组", "县住房和城乡建设局", "2025-01-06")},
        "issued": "2025-01-10",
    },
    "a clause of a day only after the team's (…;18日,向A反馈;19日,向B反馈), after the team's bare day": {
        "text": "校党委第二巡察组于16日向机械学院党委反馈巡察情况;17日,第二巡察组分别向化工学院党委反馈;18日,向体育学院党总支反馈;"
                "19日,向艺术学院党总支反馈。",
        "feedback": {("校党委第二巡察组", "机械学院党委", "2024-12-16"), ("校党委第二巡察组", "化工学院党委", "2024-12-17"),
                     ("校党委第二巡察组", "体育学院党总支", "2024-12-18"), ("校党委第二巡察组", "艺术学院党总支", "2024-12-19")},
        "issued": "2024-12-20",
    },
    "negative: a team meeting in a town to feed back to its villages feeds back to the villages, not the town": {
        "text": "10月15日,县委第五巡察组在花溪镇召开巡察反馈会议,向花溪镇大坪村、小河村党支部集中反馈巡察情况。",
        "feedback": {("县委第五巡察组", "花溪镇大坪村党支部", "2025-10-15"), ("县委第五巡察组", "小河村党支部", "2025-10-15")},
        "issued": "2025-10-16",
    },
    "negative: the same in Traditional, a bank's team meeting in a city (在雲杉市召開巡察反饋會議)": {
        "text": "5月21日,省分行黨委第三巡察組在雲杉市召開巡察反饋會議,分別向雲杉市分行黨委、石渚市分行黨委反饋巡察意見。",
        "feedback": {("省分行党委第三巡察组", "云杉市分行党委", "2025-05-21"), ("省分行党委第三巡察组", "石渚市分行党委", "2025-05-21")},
        "issued": "2025-05-23",
    },
    "a team holds its meeting at each unit in turn, no 巡察 in the meeting's name (巡察组在石门乡召开反馈会 / 来到石桥村召开反馈会)": {
        "text": "7月16日上午,县委第三巡察组在桐岭镇召开巡察反馈会议。当天下午,巡察组在石门乡召开反馈会。\n\n"
                "次日上午,巡察组来到白鹭镇召开反馈会。",
        "feedback": {("县委第三巡察组", "桐岭镇", "2024-07-16"), ("县委第三巡察组", "石门乡", "2024-07-16"),
                     ("县委第三巡察组", "白鹭镇", "2024-07-17")},
        "issued": "2024-07-19",
    },
    "the same in Traditional, the next meeting 次日 at another town (巡察組來到白鷺鎮召開反饋會)": {
        "text": "7月16日下午,縣委第三巡察組在石門鄉召開反饋會。\n\n次日上午,巡察組來到白鷺鎮召開反饋會。",
        "feedback": {("县委第三巡察组", "石门乡", "2024-07-16"), ("县委第三巡察组", "白鹭镇", "2024-07-17")},
        "issued": "2024-07-19",
    },
    "negative: a feedback naming no unit after the meeting's own sentence is that meeting, said again": {
        "text": "10月15日,巡察组来到石桥村召开反馈会。县委第二巡察组副组长何志军反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "石桥村", "2024-10-15")},
        "issued": "2024-10-20",
    },
    # ---------------------------------------------------------------- a person and the unit, after one 向
    "the secretary the text names, then the unit (分别向陈旭和清华大学党委领导班子反馈): the unit": {
        "text": "2017年6月9日,中央第七巡视组向清华大学党委反馈专项巡视情况。清华大学党委书记陈旭主持会议。"
                "中央第七巡视组组长刘卒代表巡视组分别向陈旭和清华大学党委领导班子反馈了专项巡视情况。",
        "feedback": {("中央第七巡视组", "清华大学党委", "2017-06-09")},
    },
    "the same in Traditional, a county's secretary and its committee (分別向王明和縣委領導班子反饋)": {
        "text": "2024年5月8日,市委第二巡察組向城關縣委反饋巡察情況。縣委書記王明主持會議。"
                "市委第二巡察組組長李華分別向王明和城關縣委領導班子反饋了巡察情況。",
        "feedback": {("市委第二巡察组", "城关县委", "2024-05-08")},
    },
    "negative: a unit whose name holds 和 stays whole (向文化和旅游局党组反馈)": {
        "text": "2024年5月8日,县委第一巡察组向县文化和旅游局党组反馈巡察情况。局党组书记王明主持会议。",
        "feedback": {("县委第一巡察组", "县文化和旅游局党组", "2024-05-08")},
    },
    # ---------------------------------------------------------------- a school's team giving feedback to one of its colleges
    "a university's own team (学校党委) giving feedback to a 学院 is not that 学院's": {
        "text": "2025年11月20日下午,学校党委第二巡察组向经济管理学院党委反馈巡察意见。",
        "feedback": {("学校党委第二巡察组", "经济管理学院党委", "2025-11-20")},
    },
    "the same in Traditional, 校黨委 written short": {
        "text": "2025年11月20日,校黨委第一巡察組向馬克思主義學院黨委反饋巡察情況。",
        "feedback": {("校党委第一巡察组", "马克思主义学院党委", "2025-11-20")},
    },
    "negative: a 学院 that is the school itself still dispatches its own team": {
        "text": "2025年11月20日,甲师范学院党委第二巡察组向经济管理学院党委反馈巡察意见。",
        "feedback": {("甲师范学院党委第二巡察组", "经济管理学院党委", "2025-11-20")},
    },
    # ---------------------------------------------------------------- 反馈 before what is fed back; the target inside it
    "对X反馈巡察意见: 反馈 right after the unit, what is fed back after it": {
        "text": "2024年6月3日,县委第二巡察组对县农业农村局党组反馈巡察意见。",
        "feedback": {("县委第二巡察组", "县农业农村局党组", "2024-06-03")},
    },
    "the same in Traditional, a province's team and 反馈了巡視情況": {
        "text": "2024年6月3日,省委第四巡視組對省交通運輸廳黨組反饋了巡視情況。",
        "feedback": {("省委第四巡视组", "省交通运输厅党组", "2024-06-03")},
    },
    "反馈X巡察情况: the unit between 反馈 and the inspection word": {
        "text": "2024年6月3日,市委第一巡察组反馈市卫生健康委员会党组巡察情况。",
        "feedback": {("市委第一巡察组", "市卫生健康委员会党组", "2024-06-03")},
    },
    "就巡察X发现的问题进行了反馈: the unit inside what is fed back": {
        "text": "2024年6月3日,县委第二巡察组就巡察县农业农村局党组发现的问题进行了反馈。",
        "feedback": {("县委第二巡察组", "县农业农村局党组", "2024-06-03")},
    },
    "將巡察X的情況向該局領導班子進行了反饋 (Traditional)": {
        "text": "2024年6月3日,區委第三巡察組將巡察區民政局黨組的情況向該局領導班子進行了反饋。",
        "feedback": {("区委第三巡察组", "区民政局党组", "2024-06-03")},
    },
    "negative: a unit rectifying what a team fed back is given no feedback by 对": {
        "text": "2024年6月3日,县农业农村局党组对县委巡察组反馈的意见进行整改。",
        "no_feedback": True,
    },
    "negative: a team sorting the feedback's points is no feedback to a unit": {
        "text": "2024年6月3日,县委第二巡察组对巡察反馈意见进行了梳理。",
        "no_feedback": True,
    },
    # ---------------------------------------------------------------- 会上 after a paragraph on the inspection; 我院 hosting
    "会上 after the meeting's attendance and a paragraph on the inspection: the feedback meeting's day": {
        "text": "12月3日下午,我院召开第二轮院内巡察反馈会。院党委书记梁国庆出席会议。院党委委员苏丽萍主持会议。全体党员参加会议。\n\n"
                "今年9月至10月,院党委第一巡察组对检验科党支部开展了巡察。\n\n"
                "会上,院党委第一巡察组组长何秋菊反馈了检验科党支部巡察情况。",
        "feedback": {("院党委第一巡察组", "检验科党支部", "2024-12-03")},
        "issued": "2024-12-05",
    },
    "the same in Traditional, a university's 我校 hosting as its teams' dispatcher": {
        "text": "12月3日下午,我校召開巡察反饋會。校黨委書記王明出席會議。副書記李強主持會議。\n\n"
                "今年9月至10月,校黨委第一巡察組對化學學院黨委開展了巡察。\n\n"
                "會上,校黨委第一巡察組組長何秋菊向化學學院黨委反饋了巡察情況。",
        "feedback": {("校党委第一巡察组", "化学学院党委", "2024-12-03")},
        "issued": "2024-12-05",
    },
    # ---------------------------------------------------------------- where and when the meeting was held, 反馈给, 反馈暨…会
    "巡察反馈会在X召开: the meeting held at the unit fed back to": {
        "text": "11月15日,区委第三巡察组巡察反馈会在区市场监管局召开。组长郭峰反馈了巡察发现的问题。",
        "feedback": {("区委第三巡察组", "区市场监管局", "2024-11-15")},
        "issued": "2024-11-18",
    },
    "the same in Traditional (巡察反饋會在X召開)": {
        "text": "11月3日,區委第二巡察組巡察反饋會在區退役軍人事務局召開。",
        "feedback": {("区委第二巡察组", "区退役军人事务局", "2024-11-03")},
        "issued": "2024-11-05",
    },
    "negative: a meeting room the feedback meeting is held in is no unit": {
        "text": "11月3日,区委第二巡察组巡察反馈会在区政府第三会议室召开。",
        "no_feedback": True,
        "issued": "2024-11-05",
    },
    "a headline's feedback dated by the body's 反馈会议在该局召开": {
        "text": "县委第二巡察组向县统计局党组反馈巡察情况\n8月9日下午,反馈会议在该局召开。会上,巡察组组长李红通报了巡察发现的主要问题。",
        "feedback": {("县委第二巡察组", "县统计局党组", "2024-08-09")},
        "issued": "2024-08-12",
    },
    "a feedback dated by the next sentence's 会议于…召开 (Traditional)": {
        "text": "市委第二巡察組通過視頻會議形式向市口岸辦黨組反饋巡察情況。會議於11月24日下午召開,市口岸辦黨組全體成員參加。",
        "feedback": {("市委第二巡察组", "市口岸办党组", "2024-11-24")},
        "issued": "2024-11-26",
    },
    "negative: a meeting of another kind after the feedback does not date it": {
        "text": "县委第二巡察组向县统计局党组反馈巡察情况。12月10日,县统计局召开整改动员会议。",
        "feedback": {("县委第二巡察组", "县统计局党组", None)},
        "issued": "2024-12-12",
    },
    "将巡察发现的问题反馈给X": {
        "text": "5月25日,县委第一巡察组将巡察发现的问题反馈给县供销合作社联合社党组,并提出了具体整改意见。",
        "feedback": {("县委第一巡察组", "县供销合作社联合社党组", "2024-05-25")},
        "issued": "2024-05-27",
    },
    "negative: a unit reporting its rectification back to the team (反馈给县委巡察组)": {
        "text": "5月25日,县林业局党组将巡察整改情况反馈给县委巡察组。",
        "no_feedback": True,
        "issued": "2024-05-27",
    },
    "a feedback meeting that also opens the rectification (情况反馈暨整改动员部署会)": {
        "text": "5月25日,县委第一巡察组巡察县司法局党组情况反馈暨整改动员部署会召开。",
        "feedback": {("县委第一巡察组", "县司法局党组", "2024-05-25")},
        "issued": "2024-05-27",
    },
    # ---------------------------------------------------------------- press forms: 与X举行反馈会议, 反馈会议在京召开, a Beijing dateline
    "a team holding its feedback meeting with the unit (与X举行巡视情况反馈会议, Traditional)": {
        "text": "中央第七巡視組昨日與南嶼省委舉行巡視情況反饋會議,巡視組組長吳德明代表巡視組作反饋。",
        "feedback": {("中央第七巡视组", "南屿省委", "2024-01-09")},
        "issued": "2024-01-10",
    },
    "a headline-like first sentence dated by the next one's 反馈会议在京召开": {
        "text": "中央第十巡视组向华夏能源投资集团有限公司党组反馈巡视情况。6月3日下午,反馈会议在京召开。",
        "feedback": {("中央第十巡视组", "华夏能源投资集团有限公司党组", "2024-06-03")},
        "issued": "2024-06-05",
    },
    "negative: a Beijing dateline makes no 北京市委 of a 省委 team": {
        "text": "(本报北京讯)省委第一巡视组12月26日向省教育厅党组反馈巡视情况。",
        "feedback": {("省委第一巡视组", "省教育厅党组", "2023-12-26")},
        "issued": "2023-12-28",
    },
    "Taiwan's press: 昨(20)日, the day in brackets, of the page's month": {
        "text": "(中央社記者吳承翰台北21日電)中共中央第三巡視組昨(20)日向中國遠洋航空集團有限公司黨組反饋巡視情況。",
        "feedback": {("中央第三巡视组", "中国远洋航空集团有限公司党组", "2023-10-20")},
        "issued": "2023-10-21",
    },
    "昨(30)日 on the 1st: the day of the month before": {
        "text": "中央第三巡視組昨(30)日向甲省委反饋巡視情況。",
        "feedback": {("中央第三巡视组", "甲省委", "2024-04-30")},
        "issued": "2024-05-01",
    },
    "negative: a bracketed figure after another word is no day (前(3)名)": {
        "text": "2024年5月1日,中央第三巡视组向甲省委反馈巡视情况,排名前(3)名的问题是…",
        "feedback": {("中央第三巡视组", "甲省委", "2024-05-01")},
        "issued": "2024-05-02",
    },
    # ---------------------------------------------------------------- a team's line above the paragraph that feeds back
    "a team alone on its line (after a bar), the paragraph beneath it feeding back with no subject": {
        "text": "6月6日,十四届市委第三轮巡察集中反馈会召开,4个巡察组分别向被巡察党组织反馈巡察情况。\n▌市委第一巡察组\n"
                "向市医疗保障局党组反馈。巡察指出:医保基金监管存在薄弱环节。\n▌市委第三巡察组\n向大瑶镇党委反馈。",
        "feedback": {("市委第一巡察组", "市医疗保障局党组", "2023-06-06"), ("市委第三巡察组", "大瑶镇党委", "2023-06-06")},
        "issued": "2023-06-07",
    },
    "the same without a bullet (Traditional)": {
        "text": "6月6日,市委第三輪巡察集中反饋會召開。\n市委第一巡察組\n向市醫療保障局黨組反饋。",
        "feedback": {("市委第一巡察组", "市医疗保障局党组", "2023-06-06")},
        "issued": "2023-06-07",
    },
    "negative: a unit reporting back under a team's line is no feedback": {
        "text": "市委第一巡察组\n市医疗保障局党组向市委巡察办反馈整改进展。",
        "feedback": set(),
        "issued": "2023-06-07",
    },
    # ---------------------------------------------------------------- the unit as subject, the unit said before, a venue
    "X接受Y巡察反馈: the unit that received it, dated before it": {
        "text": "8月9日下午,市第三人民医院党委接受市委第一巡察组巡察反馈。",
        "feedback": {("市委第一巡察组", "市第三人民医院党委", "2023-08-09")},
        "issued": "2023-08-11",
    },
    "X昨日接受Y反饋 (Traditional press)": {
        "text": "南嶼大學黨委昨日接受中央第十四巡視組反饋。",
        "feedback": {("中央第十四巡视组", "南屿大学党委", "2024-01-09")},
        "issued": "2024-01-10",
    },
    "a provincial committee accepts a central team's feedback, 则在 and the day before 接受 (the press's turn)": {
        "text": "中央巡视组陆续反馈。甲省委则在7月9日接受了中央第二巡视组的反馈;乙省委于7月10日接受中央第三巡视组巡视反馈。",
        "feedback": {("中央第二巡视组", "甲省委", "2025-07-09"), ("中央第三巡视组", "乙省委", "2025-07-10")},
        "issued": "2025-07-12",
    },
    "a county committee accepts a city team's feedback (Traditional)": {
        "text": "8月9日,丙縣委接受了市委第一巡察組的巡察反饋。",
        "feedback": {("市委第一巡察组", "丙县委", "2025-08-09")},
        "issued": "2025-08-11",
    },
    "T对A的反馈 as a noun: after the team's day, and 在对A的反馈中 (the press's turns)": {
        "text": "根据官方通稿,各巡视组指出的问题高度相似。其中,中央第五巡视组在对戊省委的反馈中特别提到生态问题。\n"
                "同日公布的还有中央第九巡视组6月4日对丁建设集团有限公司党委的反馈。",
        "feedback": {("中央第九巡视组", "丁建设集团有限公司党委", "2025-06-04"), ("中央第五巡视组", "戊省委", None)},
        "issued": "2025-06-05",
    },
    "T對A的反饋意見指出 (Traditional)": {
        "text": "市委第二巡察組對市水務局黨組的反饋意見指出,該局存在工程管理不規範等問題。",
        "feedback": {("市委第二巡察组", "市水务局党组", None)},
        "issued": "2025-06-05",
    },
    "T的反馈对象是A / 为A和B: the units a team fed back to, named after it": {
        "text": "中央第一巡视组的反馈对象是甲省委。乙省委第五巡视组的反馈对象为省国资委党组和丙投资集团有限公司党委。",
        "feedback": {("中央第一巡视组", "甲省委", None), ("省委第五巡视组", "省国资委党组", None),  # (乙省委…: an alias)
                     ("省委第五巡视组", "丙投资集团有限公司党委", None)},
        "issued": "2025-07-12",
    },
    "negative: the rectification of a team's feedback to A is no feedback of its own": {
        "text": "市委第二巡察组对市水务局党组的反馈意见的整改工作全面完成。",
        "feedback": set(),
        "issued": "2025-07-12",
    },
    "Taiwan's 回饋 for 反馈: 分別向A、B回饋巡視情況 (a wire story)": {
        "text": "中共中央第十一、十二巡視組12月4日分別向華東工學院黨委、西嶺大學黨委回饋巡視情況。巡視組回饋指出,兩校存在科研經費管理"
                "不規範等問題。",
        "feedback": {("中央第十一巡视组", "华东工学院党委", "2023-12-04"), ("中央第十二巡视组", "西岭大学党委", "2023-12-04")},
        "issued": "2023-12-05",
    },
    "negative: 回饋社會 on a Traditional page is no feedback": {
        "text": "甲集團黨委書記表示,企業將持續回饋社會,接受巡視組監督。",
        "feedback": set(),
        "issued": "2023-12-05",
    },
    "a day alone after a team's leader, the month the page's (中央第二巡视组组长某某14日向A反馈, Hong Kong Traditional)": {
        "text": "據通報,各組反饋情況如下:中央第一巡視組組長顧某13日向河東省委反饋;中央第二巡視組組長沈某某14日向清河省委反饋。",
        "feedback": {("中央第一巡视组", "河东省委", "2024-08-13"), ("中央第二巡视组", "清河省委", "2024-08-14")},
        "issued": "2024-08-17",
    },
    "teams listed each with its leader after it, then 分别向A、B、C (a collective meeting)": {
        "text": "7月4日,区委巡察集中反馈会召开。会上,区委第一巡察组组长王某某、第二巡察组组长陈某某、第三巡察组组长张某某分别向区税务局"
                "党委、区退役军人事务局党组、区人民医院党委反馈了巡察情况。",
        "feedback": {("区委第一巡察组", "区税务局党委", "2024-07-04"), ("区委第二巡察组", "区退役军人事务局党组", "2024-07-04"),
                     ("区委第三巡察组", "区人民医院党委", "2024-07-04")},
        "issued": "2024-07-05",
    },
    "the same in Traditional, the leaders in brackets": {
        "text": "7月4日,縣委第一巡察組(組長王某)、第二巡察組(組長陳某)分別向縣稅務局黨委、縣人民醫院黨委反饋了巡察情況。",
        "feedback": {("县委第一巡察组", "县税务局党委", "2024-07-04"), ("县委第二巡察组", "县人民医院党委", "2024-07-04")},
        "issued": "2024-07-05",
    },
    "negative: leaders who 分别代表巡视组 feed back to the inspected units restate the days' feedback, no unit more": {
        "text": "9月至10月,省委第四巡视组对甲院党委、乙院党委开展了常规巡视,省委第五巡视组对丙局党委开展了常规巡视。"
                "11月20日至21日,省委第四、第五巡视组分别向被巡视单位党组织反馈巡视情况:11月20日上午向甲院党委,下午向乙院党委;21日上午"
                "向丙局党委。\n反馈会上,省委第四巡视组组长黄某某、省委第五巡视组组长祁某某分别代表巡视组,向被巡视单位党组织主要负责同志"
                "反馈了巡视情况。",
        "feedback": {("省委第四巡视组", "甲院党委", "2024-11-20"), ("省委第四巡视组", "乙院党委", "2024-11-20"),
                     ("省委第五巡视组", "丙局党委", "2024-11-21")},
        "issued": "2024-11-23",
    },
    "a team's leader 代表 the group's generic name: the feedback is the team the leader was named with": {
        "text": "會上,集團黨委第一巡察組組長馮某某代表集團黨委巡察組,分別向甲工程局有限公司黨委、乙路橋建設有限公司黨委反饋了巡察情況;"
                "集團黨委第三巡察組組長黃某向丙地產集團有限公司黨委反饋了巡察情況。",
        "feedback": {("集团党委第一巡察组", "甲工程局有限公司党委", None), ("集团党委第一巡察组", "乙路桥建设有限公司党委", None),
                     ("集团党委第三巡察组", "丙地产集团有限公司党委", None)},
        "issued": "2022-12-16",
    },
    "反馈了对A、B的延伸巡视情况 after the team's own feedback: the units extended to, by the team named before": {
        "text": "1月6日,省委第一巡视组组长某某向甲市委反馈巡视情况,指出甲市委存在落实不力等问题。巡视组同时反馈了对乙县委、丙区委的"
                "延伸巡视情况。\n1月8日,省委第四巡視組向丁州委反饋巡視情況,並反饋了戊縣委延伸巡視情況。",
        "feedback": {("省委第一巡视组", "甲市委", "2025-01-06"), ("省委第一巡视组", "乙县委", "2025-01-06"),
                     ("省委第一巡视组", "丙区委", "2025-01-06"),
                     ("省委第四巡视组", "丁州委", "2025-01-08"), ("省委第四巡视组", "戊县委", "2025-01-08")},
        "issued": "2025-01-10",
    },
    "省市区委 (the committees of every level) lends no team its place": {
        "text": "7月4日,区委第一巡察组向区税务局党委反馈巡察情况。巡察指出,该党委能够贯彻落实党中央决策部署和省市区委工作要求。",
        "feedback": {("区委第一巡察组", "区税务局党委", "2024-07-04")},
        "issued": "2024-07-05",
    },
    "days in full over a month's end, then the team 分别向 as many units: a day each": {
        "text": "10月31日、11月1日、11月2日,市委第二巡察组分别向市教育局党组、市卫生健康委员会党组、市医疗保障局党组反馈巡察情况。",
        "feedback": {("市委第二巡察组", "市教育局党组", "2022-10-31"), ("市委第二巡察组", "市卫生健康委员会党组", "2022-11-01"),
                     ("市委第二巡察组", "市医疗保障局党组", "2022-11-02")},
        "issued": "2022-11-03",
    },
    "the same after 分别于 (Traditional)": {
        "text": "縣委第一巡察組分別於9月30日、10月8日向縣水利局黨組、縣林業局黨組反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县水利局党组", "2022-09-30"), ("县委第一巡察组", "县林业局党组", "2022-10-08")},
        "issued": "2022-11-03",
    },
    "negative: a period's two ends are no day each (9月30日至10月8日)": {
        "text": "9月30日至10月8日,县委第一巡察组分别向县水利局党组、县林业局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县水利局党组", None), ("县委第一巡察组", "县林业局党组", None)},
        "issued": "2022-11-03",
    },
    "negative: a feedback of an audit accepted is none": {
        "text": "8月9日,县林业局接受审计反馈。",
        "feedback": set(),
        "issued": "2023-08-11",
    },
    "X与Y巡察组召开巡察反馈会议: the unit the team met": {
        "text": "1月17日,区市场监管局党组与区委第三巡察组召开巡察反馈会议。",
        "feedback": {("区委第三巡察组", "区市场监管局党组", "2024-01-17")},
        "issued": "2024-01-19",
    },
    "巡察X反馈意见会在…召开": {
        "text": "11月9日,县委第四巡察组巡察石门镇党委反馈意见会在镇政府三楼会议室召开。",
        "feedback": {("县委第四巡察组", "石门镇党委", "2022-11-09")},
        "issued": "2022-11-11",
    },
    "向该局领导班子反馈: the unit inspected in the sentence before": {
        "text": "市委第三巡察组于2023年3月7日至4月21日对市统计局党组开展了常规巡察。5月24日,市委第三巡察组向该局领导班子反馈巡察情况。",
        "feedback": {("市委第三巡察组", "市统计局党组", "2023-05-24")},
        "issued": "2023-05-26",
    },
    "巡视组向其反馈 after the team's inspection of the unit (Traditional)": {
        "text": "2024年4月至6月,省委第八巡視組對省地方金融管理局黨組進行了常規巡視。8月13日,巡視組向其反饋巡視情況。",
        "feedback": {("省委第八巡视组", "省地方金融管理局党组", "2024-08-13")},
        "issued": "2024-08-16",
    },
    "negative: 向其 of someone else's request is no feedback": {
        "text": "县委第二巡察组向县林业局党组反馈巡察情况。会上,县委书记要求各单位向其报告整改进展。",
        "feedback": {("县委第二巡察组", "县林业局党组", None)},
        "issued": "2023-08-16",
    },
    "the place a meeting was held is no unit fed back to: the units after 向 are": {
        "text": "11月6日,县委第二巡察组采取“一托二”方式,在县档案馆召开巡察反馈会议,分别向县档案馆党支部、县地方志编纂中心党支部反馈巡察情况。",
        "feedback": {("县委第二巡察组", "县档案馆党支部", "2024-11-06"), ("县委第二巡察组", "县地方志编纂中心党支部", "2024-11-06")},
        "issued": "2024-11-08",
    },
    "a table's column 反馈会时间 dates the feedback of its row": {
        "text": "市委第七轮巡察反馈情况\n序号\t巡察组\t被巡察单位\t反馈会时间\n1\t市委第一巡察组\t市公安局党委\t3月25日\n"
                "2\t市委第二巡察组\t市城市管理局党组\t3月26日",
        "feedback": {("市委第一巡察组", "市公安局党委", "2024-03-25"), ("市委第二巡察组", "市城市管理局党组", "2024-03-26")},
        "issued": "2024-03-29",
    },
    "向X交办了巡察反馈意见: the findings handed over are its feedback, 交办 no part of the unit": {
        "text": "3月5日,区委第一巡察组向区民政局党组交办了巡察反馈意见和问题清单。",
        "feedback": {("区委第一巡察组", "区民政局党组", "2024-03-05")},
        "issued": "2024-03-08",
    },
    "the same in Traditional, without 了": {
        "text": "3月5日,市委第三巡察組向市醫保局黨組交辦巡察反饋意見。",
        "feedback": {("市委第三巡察组", "市医保局党组", "2024-03-05")},
        "issued": "2024-03-08",
    },
    "negative: 向多省反馈 in a headline names no unit; the body's feedback is read (Traditional)": {
        "text": "中共中央巡視組向多省反饋 點名地方債務風險\n中央第三巡視組向河北省委反饋時指出,河北省委推動協同發展有差距。",
        "feedback": {("中央第三巡视组", "河北省委", None)},
        "issued": "2024-06-10",
    },
    "巡察A、B、C情况反馈会…分别向3个镇(街道)党(工)委反馈: the count is the units named, no unit of its own": {
        "text": "7月4日,区委第二巡察组巡察青石镇党委、梅溪街道党工委、白沙镇党委情况反馈会召开。区委第二巡察组组长分别向"
                "3个镇(街道)党(工)委反馈巡察情况。",
        "feedback": {("区委第二巡察组", "青石镇党委", "2023-07-04"), ("区委第二巡察组", "梅溪街道党工委", "2023-07-04"),
                     ("区委第二巡察组", "白沙镇党委", "2023-07-04")},
        "issued": "2023-07-06",
    },
    "negative: a count of more units than those named stays a count (Traditional)": {
        "text": "7月4日,區委第二巡察組向青石鎮黨委及其所轄6個村黨組織反饋巡察情況。",
        "feedback": {("区委第二巡察组", "青石镇党委", "2023-07-04"), ("区委第二巡察组", "所辖6个村党组织", "2023-07-04")},
        "issued": "2023-07-06",
    },
    "A、B联合向X反馈: both teams delivered it": {
        "text": "11月16日,县委第一巡察组、第二巡察组联合向县城投集团党委反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县城投集团党委", "2023-11-16"), ("县委第二巡察组", "县城投集团党委", "2023-11-16")},
        "issued": "2023-11-18",
    },
    "the same in Traditional, 聯合 after two teams written in full": {
        "text": "11月16日,縣委第一巡察組、縣委第二巡察組聯合向縣城投集團黨委反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县城投集团党委", "2023-11-16"), ("县委第二巡察组", "县城投集团党委", "2023-11-16")},
        "issued": "2023-11-18",
    },
    "negative: a team with another body (联合) is one team's feedback": {
        "text": "11月16日,县委第一巡察组与县纪委第二监督检查室联合向县城投集团党委反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县城投集团党委", "2023-11-16")},
        "issued": "2023-11-18",
    },
    # ---------------------------------------------------------------- the leaders speaking for their teams
    "各巡察组组长分别代表巡察组反馈了巡察情况 at a dated collective meeting: each team's inspection fed back that day": {
        "text": "学校党委第六轮巡察集中反馈会召开\n6月12日下午，学校党委第六轮巡察集中反馈会召开。今年3月至5月，校党委第一、第二巡察组"
                "分别对马克思主义学院党委、图书馆直属党支部开展了常规巡察。会上，各巡察组组长分别代表巡察组反馈了巡察情况。",
        "feedback": {("校党委第一巡察组", "马克思主义学院党委", "2024-06-12"), ("校党委第二巡察组", "图书馆直属党支部", "2024-06-12")},
        "issued": "2024-06-13",
    },
    "the same in Traditional, without 分别": {
        "text": "集團第二輪巡察集中反饋會召開\n1月5日，集團黨委召開第二輪巡察集中反饋會。去年9月至11月，集團黨委第一、第二巡察組"
                "分別對物流公司黨支部、建設公司黨支部開展了常規巡察。會上，各巡察組組長代表巡察組反饋了巡察情況。",
        "feedback": {("集团党委第一巡察组", "物流公司党支部", "2024-01-05"), ("集团党委第二巡察组", "建设公司党支部", "2024-01-05")},
        "issued": "2024-01-09",
    },
    "对X进行常规巡视，11月22日召开反馈会议: the team's feedback meeting with the unit it inspected": {
        "text": "根据通报，中央第五巡视组于今年8月至9月对西部交通大学党委进行常规巡视，11月22日召开反馈会议。",
        "feedback": {("中央第五巡视组", "西部交通大学党委", "2022-11-22")},
        "issued": "2022-11-25",
    },
    "the same in Traditional, 舉行反饋會": {
        "text": "省委第三巡視組於今年3月至5月對東山市委進行常規巡視，6月18日舉行反饋會。",
        "feedback": {("省委第三巡视组", "东山市委", "2023-06-18")},
        "issued": "2023-06-20",
    },
    "negative: a meeting to prepare the feedback is none": {
        "text": "省委第三巡视组于今年3月至5月对东山市委进行常规巡视，6月18日召开反馈会议筹备会。",
        "no_feedback": True,
        "issued": "2023-06-20",
    },
    # ---------------------------------------------------------------- a list of feedbacks cut before its last verb
    "…反馈；市委第六巡察组向A、B (the page's end): the last clause's units, its verb cut off": {
        "text": "具体反馈情况为：6月15日，市委第一巡察组向市投资控股有限公司党委反馈；6月17日，市委第五巡察组向市规划和自然资源局党组反馈；"
                "市委第六巡察组向市国有资产监督管理委员会党委、市人才",
        "feedback": {("市委第一巡察组", "市投资控股有限公司党委", "2021-06-15"), ("市委第五巡察组", "市规划和自然资源局党组", "2021-06-17"),
                     ("市委第六巡察组", "市国有资产监督管理委员会党委", "2021-06-17")},
        "issued": "2021-06-18",
    },
    "the same one a line, in Traditional": {
        "text": "反饋情況如下：\n11月28日，縣委第一巡察組向縣醫療保障局黨組反饋巡察情況；\n11月30日，縣委第三巡察組向縣農業農村局黨組、"
                "縣農村經營服務站黨支部、縣畜牧水產",
        "feedback": {("县委第一巡察组", "县医疗保障局党组", "2022-11-28"), ("县委第三巡察组", "县农业农村局党组", "2022-11-30"),
                     ("县委第三巡察组", "县农村经营服务站党支部", "2022-11-30")},
        "issued": "2022-12-05",
    },
    "negative: the team's next clause hands over clues (巡察组还向X移交…), cut": {
        "text": "6月15日，市委第一巡察组向市投资控股有限公司党委反馈巡察情况；巡察组还向市纪委监委",
        "feedback": {("市委第一巡察组", "市投资控股有限公司党委", "2021-06-15")},
        "issued": "2021-06-18",
    },
    "同时向延伸巡察的A、B反馈了有关问题: the units the inspection was extended to": {
        "text": "6月29日,旗委第二巡察组向宝日温都苏木党委反馈巡察情况,同时向延伸巡察的额尔敦嘎查党支部、乌兰陶勒盖嘎查党支部反馈了有关问题。",
        "feedback": {("旗委第二巡察组", "宝日温都苏木党委", "2021-06-29"), ("旗委第二巡察组", "额尔敦嘎查党支部", "2021-06-29"),
                     ("旗委第二巡察组", "乌兰陶勒盖嘎查党支部", "2021-06-29")},
        "issued": "2021-07-02",
    },
    "the same in Traditional, 被延伸巡察的": {
        "text": "6月29日,縣委第二巡察組向城關鎮黨委反饋巡察情況,同時向被延伸巡察的東村黨支部反饋了有關問題。",
        "feedback": {("县委第二巡察组", "城关镇党委", "2021-06-29"), ("县委第二巡察组", "东村党支部", "2021-06-29")},
        "issued": "2021-07-02",
    },
    "反馈安排如下：⏎X组（7月1日）：A、B⏎Y组（7月2日）：C — each line's day in its brackets": {
        "text": "7月1日至4日，省委5个巡视组分别召开反馈会议。各巡视组反馈安排如下：\n省委第一巡视组（7月1日）：钦川市委、钦川市政府党组\n"
                "省委第二巡视组（7月2日）：北溪市委",
        "feedback": {("省委第一巡视组", "钦川市委", "2024-07-01"), ("省委第一巡视组", "钦川市政府党组", "2024-07-01"),
                     ("省委第二巡视组", "北溪市委", "2024-07-02")},
        "issued": "2024-07-05",
    },
    "反馈安排如下：⏎X组：A（5月10日）、B（5月11日）⏎Y组：C（5月12日） — each unit's own day in brackets after it": {
        "text": "近日，县委巡察组对第二轮被巡察单位进行了反馈，反馈安排如下：\n县委第一巡察组：城关镇党委（5月10日）、东山镇党委（5月11日）\n"
                "县委第二巡察组：县教育局党组（5月12日）",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-05-10"), ("县委第一巡察组", "东山镇党委", "2023-05-11"),
                     ("县委第二巡察组", "县教育局党组", "2023-05-12")},
        "issued": "2023-05-20",
    },
    "the same in Traditional, a city's teams, the days with the year": {
        "text": "市委巡察組反饋時間安排如下：\n市委第一巡察組：市財政局黨組（2023年9月4日）、市商務局黨組（2023年9月5日）\n"
                "市委第二巡察組：市水利局黨組（2023年9月6日）",
        "feedback": {("市委第一巡察组", "市财政局党组", "2023-09-04"), ("市委第一巡察组", "市商务局党组", "2023-09-05"),
                     ("市委第二巡察组", "市水利局党组", "2023-09-06")},
        "issued": "2023-09-20",
    },
    "negative: the same lines after the page's date are a plan (no feedback yet)": {
        "text": "反馈安排如下：\n县委第一巡察组：城关镇党委（5月10日）、东山镇党委（5月11日）",
        "feedback": set(),
        "issued": "2023-05-02",
    },
    "negative: the same lines under an entry's lead are entry days, no feedback": {
        "text": "本轮巡察进驻安排如下：\n县委第一巡察组：城关镇党委（5月10日）、东山镇党委（5月11日）",
        "feedback": set(),
        "issued": "2023-05-20",
    },
    "a team's heading over its day lines (5月10日 向A反馈⏎5月11日 向B反馈): every line's feedback is the team's": {
        "text": "十届县委第二轮巡察反馈情况\n县委第一巡察组\n5月10日 向城关镇党委反馈\n5月11日 向东山镇党委反馈\n县委第二巡察组\n"
                "5月12日 向县教育局党组反馈",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-05-10"), ("县委第一巡察组", "东山镇党委", "2023-05-11"),
                     ("县委第二巡察组", "县教育局党组", "2023-05-12")},
        "issued": "2023-05-20",
    },
    "the same in Traditional, each day with its half (上午)": {
        "text": "十屆市委第四輪巡察反饋\n市委第三巡察組\n9月4日上午 向市財政局黨組反饋\n9月5日上午 向市商務局黨組反饋",
        "feedback": {("市委第三巡察组", "市财政局党组", "2023-09-04"), ("市委第三巡察组", "市商务局党组", "2023-09-05")},
        "issued": "2023-09-20",
    },
    "a town and a township sharing the party body written after the last (分别向甲镇、乙乡党委反馈)": {
        "text": "5月10日，县委第一巡察组分别向城关镇、东山镇、西河乡党委反馈巡察情况。",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-05-10"), ("县委第一巡察组", "东山镇党委", "2023-05-10"),
                     ("县委第一巡察组", "西河乡党委", "2023-05-10")},
        "issued": "2023-05-20",
    },
    "the same in Traditional, a township before a town": {
        "text": "9月4日，縣委第二巡察組分別向石門鄉、桃源鎮黨委反饋巡察情況。",
        "feedback": {("县委第二巡察组", "石门乡党委", "2023-09-04"), ("县委第二巡察组", "桃源镇党委", "2023-09-04")},
        "issued": "2023-09-20",
    },
    "negative: a bureau listed before a township's party body keeps its own name (甲局、乙乡党委)": {
        "text": "9月4日，县委第二巡察组分别向县教育局、石门乡党委反馈巡察情况。",
        "feedback": {("县委第二巡察组", "县教育局", "2023-09-04"), ("县委第二巡察组", "石门乡党委", "2023-09-04")},
        "issued": "2023-09-20",
    },
    "T负责对A和B开展专项巡视。其中，12月4日向A反馈，12月5日向B反馈: the team of the sentence before, its days": {
        "text": "省委第十巡视组负责对省金融控股集团有限公司和省融资担保集团有限公司开展专项巡视。其中，12月4日向省金融控股集团有限公司党委反馈，"
                "12月5日向省融资担保集团有限公司党委反馈。",
        "feedback": {("省委第十巡视组", "省金融控股集团有限公司党委", "2024-12-04"),
                     ("省委第十巡视组", "省融资担保集团有限公司党委", "2024-12-05")},
        "issued": "2024-12-06",
    },
    "向两校党委反馈 after the team's two universities (a count before a one-character kind: 两校)": {
        "text": "省委第二巡视组负责巡视江北大学党委、湘中师范大学党委。3月10日，省委第二巡视组向两校党委反馈巡视情况。",
        "feedback": {("省委第二巡视组", "江北大学党委", "2025-03-10"), ("省委第二巡视组", "湘中师范大学党委", "2025-03-10")},
        "issued": "2025-03-14",
    },
    "the same in Traditional, 兩企黨委 after a group's two companies": {
        "text": "集團黨委第一巡察組對甲物流有限公司黨委、乙建設有限公司黨委開展巡察。5月8日，集團黨委第一巡察組向兩企黨委反饋巡察情況。",
        "feedback": {("集团党委第一巡察组", "甲物流有限公司党委", "2025-05-08"), ("集团党委第一巡察组", "乙建设有限公司党委", "2025-05-08")},
        "issued": "2025-05-14",
    },
    "对A、B、C开展巡视的中央第十巡视组，…分别向三个部党组反馈 (Traditional): the three units said before the team": {
        "text": "此外，對人力資源和社會保障部、自然資源部、生態環境部開展巡視的中央第十巡視組，於7月3日至4日分別向三個部黨組反饋。",
        "feedback": {("中央第十巡视组", "人力资源和社会保障部", None), ("中央第十巡视组", "自然资源部", None),
                     ("中央第十巡视组", "生态环境部", None)},
        "issued": "2025-07-05",
    },
    "巡视A、B党委的省委第十一巡视组，12月5日分别向两家单位党委反馈 (Traditional): the team's units, said of it before its name": {
        "text": "巡視省地方資產管理有限公司黨委、省產權交易所有限公司黨委的省委第十一巡視組，12月5日分別向兩家單位黨委反饋了專項巡視情況。",
        "feedback": {("省委第十一巡视组", "省地方资产管理有限公司党委", "2024-12-05"),
                     ("省委第十一巡视组", "省产权交易所有限公司党委", "2024-12-05")},
        "issued": "2024-12-06",
    },
    "T1、T2均在22日反馈：第四组向A反馈，第五组向B反馈 (the day after the teams, before the colon of their feedbacks)": {
        "text": "2月20日至23日，省委巡视组陆续反馈巡视情况。\n省委第四巡视组、第五巡视组均在22日反馈：第四组向省地方金融监督管理局党组反馈，"
                "第五组向南屏银行股份有限公司党委反馈。",
        "feedback": {("省委第四巡视组", "省地方金融监督管理局党组", "2023-02-22"), ("省委第五巡视组", "南屏银行股份有限公司党委", "2023-02-22")},
        "issued": "2023-02-24",
    },
    "巡视组一并反馈了延伸巡视发现的问题: to the units the inspection was extended to, named before": {
        "text": "7月14日，省委第二巡视组向桐江市委反馈巡视情况。2021年3月至5月，省委第二巡视组对桐江市委进行了常规巡视，并对桐江市自然资源和规划局党组、"
                "清溪县委开展了延伸巡视。反馈会上，巡视组一并反馈了延伸巡视发现的问题。",
        "feedback": {("省委第二巡视组", "桐江市委", "2021-07-14"), ("省委第二巡视组", "桐江市自然资源和规划局党组", "2021-07-14"),
                     ("省委第二巡视组", "清溪县委", "2021-07-14")},
        "issued": "2021-07-15",
    },
    "negative (Traditional): 同時反饋了延伸巡察情況 before the units extended to are named (並延伸巡察了A、B after it): none of them": {
        "text": "9月5日，縣委第一巡察組向城關鎮黨委反饋巡察情況，同時反饋了延伸巡察情況。此前，縣委第一巡察組對城關鎮黨委開展巡察，並延伸巡察了東村黨支部、西村黨支部。",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-09-05")},
        "issued": "2023-09-06",
    },
    "a lead's range of days (11月18日至21日), then paragraphs each opened by its day alone (18日，/ 20日，): that day of the range": {
        "text": "11月18日至21日，十一届省委第十轮巡视完成集中反馈。\n18日，省委第一巡视组在石门县召开巡视反馈会，向石门县委领导班子反馈巡视情况。\n"
                "20日，省委第五巡视组向省总工会党组反馈巡视情况，省委第六巡视组向团省委反馈巡视情况。",
        "feedback": {("省委第一巡视组", "石门县委", "2019-11-18"), ("省委第五巡视组", "省总工会党组", "2019-11-20"),
                     ("省委第六巡视组", "团省委", "2019-11-20")},
        "issued": "2019-11-22",
    },
    "the same in Traditional, a range over two months (6月28日至7月2日): the day's month is the end that holds it": {
        "text": "6月28日至7月2日，市委第三輪巡察集中反饋。\n29日，市委第一巡察組向市財政局黨組反饋巡察情況。\n1日，市委第二巡察組向市審計局黨組反饋巡察情況。",
        "feedback": {("市委第一巡察组", "市财政局党组", "2024-06-29"), ("市委第二巡察组", "市审计局党组", "2024-07-01")},
        "issued": "2024-07-03",
    },
    "分别向盟委书记宝音德力格尔和盟委领导班子反馈: the secretary's committee, a transliterated name no part of the unit": {
        "text": "1月16日，自治区党委第四巡视组向哈日塔拉盟委反馈巡视情况。反馈会议分别召开，巡视组组长乌日根分别向盟委书记宝音德力格尔"
                "和盟委领导班子反馈了巡视情况。",
        "feedback": {("自治区党委第四巡视组", "哈日塔拉盟委", "2024-01-16")},
        "issued": "2024-01-19",
    },
    "the same in Traditional, a Tibetan name": {
        "text": "5月8日，省委第二巡視組向甘孜州委反饋巡視情況。巡視組組長分別向州委書記格桑多吉和州委領導班子反饋了巡視情況。",
        "feedback": {("省委第二巡视组", "甘孜州委", "2024-05-08")},
        "issued": "2024-05-09",
    },
    "第N轮巡察反馈会议陆续召开 over a list of the units and their teams: the round's feedback to each, undated over days": {
        "text": "7月15日至18日，县委第九轮巡察反馈会议陆续召开。\n各被巡察党组织及对应巡察组为：\n1．县发展和改革局党组（县委第一巡察组）\n"
                "2．县农业农村局党组（县委第二巡察组）",
        "feedback": {("县委第一巡察组", "县发展和改革局党组", None), ("县委第二巡察组", "县农业农村局党组", None)},
        "issued": "2024-07-19",
    },
    "the same in Traditional, one day and the teams' sentence": {
        "text": "11月6日，市委第三輪巡察集中反饋會議召開。本輪巡察中，市委第一巡察組巡察市審計局黨組，市委第二巡察組巡察市民政局黨組。",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-11-06"), ("市委第二巡察组", "市民政局党组", "2023-11-06")},
        "issued": "2023-11-08",
    },
    "negative: the round's feedback meeting yet to be held (反馈会议召开前) is no feedback": {
        "text": "11月6日，市委第三轮巡察反馈会议召开前，市委巡察办组织各巡察组审核反馈意见。本轮巡察中，市委第一巡察组巡察市审计局党组。",
        "feedback": set(),
        "issued": "2023-11-08",
    },
    "具体如下：⏎【day】 alone on its line over team——unit lines: each pair fed back on the day of the heading above it": {
        "text": "7月下旬，各巡视组分别向被巡视党组织反馈巡视情况。具体如下：\n【7月24日】\n省委第一巡视组——省委政法委员会\n"
                "省委第二巡视组——省人民检察院党组\n【7月25日】\n省委第五巡视组——省发展和改革委员会党组",
        "feedback": {("省委第一巡视组", "省委政法委员会", "2024-07-24"), ("省委第二巡视组", "省人民检察院党组", "2024-07-24"),
                     ("省委第五巡视组", "省发展和改革委员会党组", "2024-07-25")},
        "issued": "2024-08-02",
    },
    "【day】 alone on its line over a paragraph of T向A反馈；T2向B反馈: the paragraph's statements dated by the heading": {
        "text": "11月4日至7日，县委第五轮巡察4个巡察组向10个被巡察党组织反馈了巡察情况。\n【11月4日】\n县委第一巡察组向苇塘镇党委反馈巡察情况，"
                "县委组织部部长出席会议；县委第二巡察组向芦花镇党委反馈巡察情况。\n【11月5日】\n县委第三巡察组向西淀乡党委反馈巡察情况。",
        "feedback": {("县委第一巡察组", "苇塘镇党委", "2024-11-04"), ("县委第二巡察组", "芦花镇党委", "2024-11-04"),
                     ("县委第三巡察组", "西淀乡党委", "2024-11-05")},
        "issued": "2024-11-08",
    },
    "📍day alone on its line over each T向A反馈 line (a WeChat post's days): each feedback on its day": {
        "text": "6月上旬，十届市委第三轮巡察5个巡察组陆续向被巡察党组织反馈巡察情况。\n📍6月8日\n市委第一巡察组向市发展和改革委员会党组反馈巡察情况\n"
                "📍6月9日\n市委第三巡察组向市城市管理局党组反馈巡察情况",
        "feedback": {("市委第一巡察组", "市发展和改革委员会党组", "2023-06-08"), ("市委第三巡察组", "市城市管理局党组", "2023-06-09")},
        "issued": "2023-06-21",
    },
    "📍day｜T → A lines under a sentence that says the round's feedback was given (no colon): each on its line's day": {
        "text": "近日，十六届县委第二轮巡察反馈工作全部结束。县委2个巡察组分别向被巡察党组织反馈了巡察情况。\n\n📍10月16日｜县委第一巡察组 → 县商务局党组\n"
                "📍10月18日｜县委第二巡察组 → 县应急管理局党组",
        "feedback": {("县委第一巡察组", "县商务局党组", "2023-10-16"), ("县委第二巡察组", "县应急管理局党组", "2023-10-18")},
        "issued": "2023-10-26",
    },
    "the same in Traditional, bars and arrows without the pin": {
        "text": "市委各巡察組已分別向被巡察黨組織反饋了巡察情況。\n11月6日｜市委第一巡察組 → 市審計局黨組\n11月7日｜市委第二巡察組 → 市民政局黨組",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-11-06"), ("市委第二巡察组", "市民政局党组", "2023-11-07")},
        "issued": "2023-11-10",
    },
    "a poster's caption T向A反馈巡视情况 with its day alone on the line below": {
        "text": "11月下旬，十三届省委第四轮巡视完成反馈。\n[图片]\n省委第一巡视组向云陵市委反馈巡视情况\n11月20日\n[图片]\n"
                "省委第二巡视组向沙洲市委反馈巡视情况\n11月21日",
        "feedback": {("省委第一巡视组", "云陵市委", "2023-11-20"), ("省委第二巡视组", "沙洲市委", "2023-11-21")},
        "issued": "2023-12-01",
    },
    "the same in Traditional": {
        "text": "[圖片]\n市委第三巡察組向市林業局黨組反饋巡察情況\n6月12日\n[圖片]\n市委第四巡察組向市統計局黨組反饋巡察情況\n6月13日",
        "feedback": {("市委第三巡察组", "市林业局党组", "2023-06-12"), ("市委第四巡察组", "市统计局党组", "2023-06-13")},
        "issued": "2023-06-20",
    },
    "反馈安排如下：⏎● T⏎day：A、B⏎day：C: each day's units under the team alone on its line, on that day": {
        "text": "12月4日至5日，区委第四轮巡察的2个巡察组分别向被巡察党组织反馈巡察情况。反馈安排如下：\n● 区委第一巡察组\n"
                "\u3000\u300012月4日：城关街道党工委、东坝街道党工委\n\u3000\u300012月5日：杨柳镇党委\n● 区委第二巡察组\n\u3000\u300012月4日：白石镇党委",
        "feedback": {("区委第一巡察组", "城关街道党工委", "2023-12-04"), ("区委第一巡察组", "东坝街道党工委", "2023-12-04"),
                     ("区委第一巡察组", "杨柳镇党委", "2023-12-05"), ("区委第二巡察组", "白石镇党委", "2023-12-04")},
        "issued": "2023-12-08",
    },
    "the same in Traditional, teams without bullets": {
        "text": "各巡察組分別向被巡察黨組織反饋巡察情況，具體如下：\n市委第一巡察組\n11月6日：市審計局黨組\n市委第二巡察組\n11月7日：市民政局黨組、市林業局黨組",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-11-06"), ("市委第二巡察组", "市民政局党组", "2023-11-07"),
                     ("市委第二巡察组", "市林业局党组", "2023-11-07")},
        "issued": "2023-11-10",
    },
    "the same in Traditional, a day with a colon": {
        "text": "11月4日至5日，市委各巡察組向被巡察黨組織反饋了巡察情況。\n11月4日：\n市委第一巡察組向市審計局黨組反饋巡察情況。\n11月5日：\n"
                "市委第二巡察組向市民政局黨組反饋巡察情況。",
        "feedback": {("市委第一巡察组", "市审计局党组", "2024-11-04"), ("市委第二巡察组", "市民政局党组", "2024-11-05")},
        "issued": "2024-11-08",
    },
    "…反馈巡察组如下：⏎day：A（T1）、B（T2）⏎day：C（T3）: each unit fed back on its line's day by the team in its brackets": {
        "text": "9月9日至10日，区委第三轮巡察集中反馈会议召开。\n各被巡察党组织及反馈巡察组如下：\n9月9日：区城市管理局党组（区委第一巡察组）、"
                "区司法局党组（区委第二巡察组）。\n9月10日：区人民法院党组（区委第三巡察组）。",
        "feedback": {("区委第一巡察组", "区城市管理局党组", "2024-09-09"), ("区委第二巡察组", "区司法局党组", "2024-09-09"),
                     ("区委第三巡察组", "区人民法院党组", "2024-09-10")},
        "issued": "2024-09-13",
    },
    "the same in Traditional, 反饋安排如下": {
        "text": "區委各巡察組分別向被巡察黨組織反饋巡察情況，反饋安排如下：\n9月9日：區審計局黨組（區委第一巡察組）\n9月10日：區民政局黨組（區委第二巡察組）、"
                "區林業局黨組（區委第二巡察組）",
        "feedback": {("区委第一巡察组", "区审计局党组", "2024-09-09"), ("区委第二巡察组", "区民政局党组", "2024-09-10"),
                     ("区委第二巡察组", "区林业局党组", "2024-09-10")},
        "issued": "2024-09-13",
    },
    "附：…反馈会议安排表 over 日期 | 巡察组 | 被巡察单位 | 地点: the table's 日期 the feedback's day": {
        "text": "9月22日至23日，县委第六轮巡察2个巡察组分别向4个被巡察党组织反馈巡察情况。\n附：县委第六轮巡察反馈会议安排表\n"
                "日期 | 巡察组 | 被巡察单位 | 地点\n9月22日 | 县委第一巡察组 | 县教育和体育局党组 | 县教体局五楼会议室\n"
                "9月23日 | 县委第二巡察组 | 县医疗保障局党组 | 县医保局会议室",
        "feedback": {("县委第一巡察组", "县教育和体育局党组", "2021-09-22"), ("县委第二巡察组", "县医疗保障局党组", "2021-09-23")},
        "issued": "2021-09-28",
    },
    "the same in Traditional, 附件1：…反饋會安排表": {
        "text": "附件1：市委第三輪巡察反饋會安排表\n日期 | 巡察組 | 被巡察單位\n10月9日 | 市委第一巡察組 | 市審計局黨組\n"
                "10月10日 | 市委第二巡察組 | 市民政局黨組",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-10-09"), ("市委第二巡察组", "市民政局党组", "2023-10-10")},
        "issued": "2023-10-12",
    },
    "a range's heading between days' headings (【7月26日至29日】): its pairs dated by no day of theirs, the next day's by theirs": {
        "text": "7月下旬，各巡视组分别向被巡视党组织反馈巡视情况。省委巡视工作领导小组成员出席反馈会议，对抓好巡视整改提出要求。具体如下：\n"
                "【7月24日】\n省委第一巡视组——省委政法委员会\n【7月26日至29日】\n省委第九巡视组——省气象局党组\n【7月30日】\n"
                "省委第十三巡视组——省档案馆党组",
        "feedback": {("省委第一巡视组", "省委政法委员会", "2024-07-24"), ("省委第九巡视组", "省气象局党组", "2024-07"),
                     ("省委第十三巡视组", "省档案馆党组", "2024-07-30")},
        "issued": "2024-08-02",
    },
    "the same in Traditional, days with a colon and team：unit lines": {
        "text": "各巡察組分別向被巡察黨組織反饋巡察情況，具體如下：\n10月24日：\n市委第一巡察組：市審計局黨組\n"
                "市委第二巡察組：市民政局黨組\n10月25日：\n市委第三巡察組：市林業局黨組",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-10-24"), ("市委第二巡察组", "市民政局党组", "2023-10-24"),
                     ("市委第三巡察组", "市林业局党组", "2023-10-25")},
        "issued": "2023-10-30",
    },
    "A、B由T反馈；C由T2反馈: the units handed to each team for its feedback, the sentence's day": {
        "text": "3月20日，省交通投资集团有限公司党委、省铁路发展集团有限公司党委由省委第一巡视组反馈；省能源集团有限公司党委由省委第二巡视组反馈。",
        "feedback": {("省委第一巡视组", "省交通投资集团有限公司党委", "2023-03-20"), ("省委第一巡视组", "省铁路发展集团有限公司党委", "2023-03-20"),
                     ("省委第二巡视组", "省能源集团有限公司党委", "2023-03-20")},
        "issued": "2023-03-28",
    },
    "the same in Traditional, the press's wording and no day (由中央第N巡視組反饋)": {
        "text": "據官方通稿，中國華遠航運集團有限公司、中國盛通建設集團有限公司由中央第一巡視組反饋；中國長鴻化工集團有限公司由中央第二巡視組反饋。",
        "feedback": {("中央第一巡视组", "中国华远航运集团有限公司", None), ("中央第一巡视组", "中国盛通建设集团有限公司", None),
                     ("中央第二巡视组", "中国长鸿化工集团有限公司", None)},
        "issued": "2021-12-08",
    },
    "a long company's name alone by its team (北原省建设工程集团有限公司党委由T反馈；…): one unit, its province no second place": {
        "text": "3月21日，北原省建设工程集团有限公司党委由省委第三巡视组反馈；北原省水利投资集团有限公司党委、北原省农业发展集团有限公司党委由省委第四巡视组反馈。",
        "feedback": {("省委第三巡视组", "北原省建设工程集团有限公司党委", "2023-03-21"),
                     ("省委第四巡视组", "北原省水利投资集团有限公司党委", "2023-03-21"),
                     ("省委第四巡视组", "北原省农业发展集团有限公司党委", "2023-03-21")},
        "issued": "2023-03-28",
    },
    "the same in Traditional, the single unit after ；": {
        "text": "3月22日，北原出版傳媒集團有限公司黨委由省委第五巡視組反饋；北原省糧食儲備集團有限公司黨委由省委第六巡視組反饋。",
        "feedback": {("省委第五巡视组", "北原出版传媒集团有限公司党委", "2023-03-22"),
                     ("省委第六巡视组", "北原省粮食储备集团有限公司党委", "2023-03-22")},
        "issued": "2023-03-28",
    },
    "negative: A由T负责巡视 hands a unit to a team for its inspection, no feedback": {
        "text": "本轮巡视中，甲市委、乙市委由省委第一巡视组负责巡视；丙大学党委由省委第二巡视组负责。",
        "feedback": set(),
        "issued": "2023-03-28",
    },
    "各巡察组反馈情况如下：⏎team：units lines without days: each line's units fed back by its team, undated": {
        "text": "10月23日至25日，十届区委第四轮巡察集中反馈会召开。\n本轮巡察共派出2个巡察组。各巡察组反馈情况如下：\n"
                "区委第一巡察组：区发展和改革局党组、区科学技术局党组；\n区委第二巡察组：区教育局党组。",
        "feedback": {("区委第一巡察组", "区发展和改革局党组", None), ("区委第一巡察组", "区科学技术局党组", None),
                     ("区委第二巡察组", "区教育局党组", None)},
        "issued": "2023-10-26",
    },
    "the same in Traditional, the lead's own day": {
        "text": "10月24日，十屆區委第四輪巡察集中反饋會召開，各巡察組反饋情況如下：\n區委第一巡察組：區審計局黨組\n區委第二巡察組：區民政局黨組、區林業局黨組",
        "feedback": {("区委第一巡察组", "区审计局党组", "2023-10-24"), ("区委第二巡察组", "区民政局党组", "2023-10-24"),
                     ("区委第二巡察组", "区林业局党组", "2023-10-24")},
        "issued": "2023-10-26",
    },
    "具体安排如下：⏎a day's line of team—units pairs parted by ；: each team's units, fed back that day": {
        "text": "6月3日至6日，十二届省委第五轮巡视10个巡视组分别向被巡视的21个党组织反馈巡视情况。具体安排如下：\n"
                "6月3日：省委第一巡视组—省教育厅党组；省委第二巡视组—省人社厅党组、省交通投资集团有限责任公司党委\n"
                "6月4日：省委第四巡视组—省水利厅党组",
        "feedback": {("省委第一巡视组", "省教育厅党组", "2024-06-03"), ("省委第二巡视组", "省人社厅党组", "2024-06-03"),
                     ("省委第二巡视组", "省交通投资集团有限责任公司党委", "2024-06-03"), ("省委第四巡视组", "省水利厅党组", "2024-06-04")},
        "issued": "2024-06-07",
    },
    "the same in Traditional, a city's teams and colons (市委第一巡察組：A；市委第二巡察組：B)": {
        "text": "9月5日至6日，市委各巡察組分別向被巡察黨組織反饋巡察情況，安排如下：\n9月5日：市委第一巡察組：市審計局黨組；市委第二巡察組：市統計局黨組\n"
                "9月6日：市委第三巡察組：市檔案館黨組",
        "feedback": {("市委第一巡察组", "市审计局党组", "2023-09-05"), ("市委第二巡察组", "市统计局党组", "2023-09-05"),
                     ("市委第三巡察组", "市档案馆党组", "2023-09-06")},
        "issued": "2023-09-08",
    },
    "negative: the same lines under a lead of entries (进驻安排如下：): inspections, no feedback": {
        "text": "3月5日至6日，市委各巡察组分别进驻被巡察党组织开展巡察，进驻安排如下：\n3月5日：市委第一巡察组—市审计局党组；市委第二巡察组—市统计局党组",
        "feedback": set(),
        "issued": "2023-03-08",
    },
    "a table of feedbacks whose last header cell is long (出席反馈会议的领导小组成员), in Traditional": {
        "text": "現將反饋情況公佈如下：\n序號\t巡視組\t被巡視黨組織\t反饋時間\t出席反饋會議的領導小組成員\n1\t省委第一巡視組\t榕州市委\t1月29日\t何某\n"
                "2\t省委第三巡視組\t閩江市委\t1月30日\t黃某\n",
        "feedback": {("省委第一巡视组", "榕州市委", "2024-01-29"), ("省委第三巡视组", "闽江市委", "2024-01-30")},
        "issued": "2024-02-02",
    },
    "会上，… after a paragraph of seven sentences on the round: the feedback meeting's day": {
        "text": "4月20日，市委第七轮巡察集中反馈会召开。会议由市委组织部常务副部长主持。\n据悉，本轮巡察于2月下旬进驻。巡察期间，各巡察组共开展个别谈话560余人次。"
                "受理来信来电来访142件次。下沉调研38次。推动立行立改问题27个。被巡察党组织领导班子成员参加会议。\n会上，市委第一巡察组向市水务局党组"
                "反馈了巡察情况。",
        "feedback": {("市委第一巡察组", "市水务局党组", "2024-04-20")},
        "issued": "2024-04-22",
    },
    "对A、B…等N个单位党组织开展了巡察。8月，各巡察组分别向N个被巡察党组织反馈: the N units the sentence before names": {
        "text": "2022年4月至6月，区委第八轮巡察对区财政局党组、区审计局党组、区统计局党组等3个单位党组织开展了常规巡察。8月，区委各巡察组分别"
                "向3个被巡察党组织反馈了巡察意见。",
        "feedback": {(None, "区财政局党组", "2022-08"), (None, "区审计局党组", "2022-08"), (None, "区统计局党组", "2022-08")},
        "issued": "2023-01-18",
    },
    "a year's summary round by round: 5月下旬，两个巡视组分别向被巡视党组织反馈 is of the round above it": {
        "text": "第一轮巡视于2023年3月至5月开展。党委第一巡视组进驻经济学院党委；党委第二巡视组进驻法学院党委。5月下旬，两个巡视组分别向被巡视"
                "党组织反馈了巡视意见。\n第二轮巡视于2023年9月至11月开展。党委第一巡视组进驻附属医院党委；党委第二巡视组进驻图书馆直属党支部。12月中旬，各巡视组"
                "完成反馈。",
        "feedback": {("党委第一巡视组", "经济学院党委", "2023-05"), ("党委第二巡视组", "法学院党委", "2023-05"),
                     ("党委第一巡视组", "附属医院党委", "2023-12"), ("党委第二巡视组", "图书馆直属党支部", "2023-12")},
        "issued": "2024-01-08",
    },
    "第二輪…對A、B開展巡察。8月上旬，各巡察組完成反饋 (in Traditional: the round's units no team is named for)": {
        "text": "第一輪巡察中，縣委第一巡察組巡察了大橋鎮黨委，縣委第二巡察組巡察了龍泉鄉黨委。\n第二輪巡察對縣教育局黨組、縣人民醫院黨委開展巡察。"
                "8月上旬，各巡察組完成反饋。",
        "feedback": {(None, "县教育局党组", "2023-08"), (None, "县人民医院党委", "2023-08")},
        "issued": "2024-01-30",
    },
    "negative: 截至今年3月底，N个被巡视党组织共梳理巡视反馈问题N个 (a count made up to a day, no feedback)": {
        "text": "十届省委第三轮巡视于去年9月至11月开展。第一组：海州市、海州港务集团有限公司；第二组：云霄市。截至今年3月底，3个被巡视党组织"
                "共梳理巡视反馈问题86个，已完成整改71个。",
        "feedback": set(),
        "issued": "2023-04-19",
    },
    "三个巡察组分别向A、B、C反馈, units the page names no team for: no team's (which had which unsaid)": {
        "text": "第三轮（9月4日至11月10日），对城关镇党委、南河乡党委、石桥镇党委开展巡察。5月25日，县委第一巡察组向县财政局党组反馈巡察情况，县委第三巡察组向县审计局党组"
                "反馈巡察情况；8月15日，县委第二巡察组向县人民医院党委反馈巡察情况；12月6日，三个巡察组分别向城关镇党委、南河乡党委、石桥镇党委"
                "反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县财政局党组", "2023-05-25"), ("县委第三巡察组", "县审计局党组", "2023-05-25"),
                     ("县委第二巡察组", "县人民医院党委", "2023-08-15"), (None, "城关镇党委", "2023-12-06"),
                     (None, "南河乡党委", "2023-12-06"), (None, "石桥镇党委", "2023-12-06")},
        "issued": "2024-01-12",
    },
    "二组于14日先后向A、B反馈 after （以下简称“二组”）: a day after the team's short name": {
        "text": "5月13日至15日，省委巡视组反馈巡视情况。省委第一巡视组（以下简称“一组”）巡视东岭省司法厅党组；省委第二巡视组（以下简称“二组”）"
                "巡视东岭省信访局党组、东岭省退役军人事务厅党组。\n13日上午，一组向省司法厅党组反馈。二组于14日先后向省信访局党组、"
                "省退役军人事务厅党组反馈。",
        "feedback": {("省委第一巡视组", "东岭省司法厅党组", "2024-05-13"), ("省委第二巡视组", "东岭省信访局党组", "2024-05-14"),
                     ("省委第二巡视组", "东岭省退役军人事务厅党组", "2024-05-14")},
        "issued": "2024-05-16",
    },
    "5月13日至15日…反馈。⏎…于今年2月下旬至4月中旬开展。⏎13日上午，一組向A反饋 (a clause's day past the period without days, Traditional)": {
        "text": "5月13日至15日，省委巡視組向被巡視的2個黨組織反饋巡視情況。\n本輪巡視於今年2月下旬至4月中旬開展。省委第一巡視組（以下簡稱“一組”）"
                "巡視東嶺省司法廳黨組、東嶺省監獄管理局黨委。\n13日上午，一組向省司法廳黨組反饋；當天下午，一組向省監獄管理局黨委反饋。",
        "feedback": {("省委第一巡视组", "东岭省司法厅党组", "2024-05-13"), ("省委第一巡视组", "东岭省监狱管理局党委", "2024-05-13")},
        "issued": "2024-05-16",
    },
    "X组对县第一中学党委开展了巡察。…向学校党委反馈 (学校党委: the school the page names, a middle school)": {
        "text": "中共青禾县第一中学委员会关于县委第二巡察组巡察反馈意见整改情况的报告\n2023年8月28日至10月13日，县委第二巡察组对县第一中学党委"
                "开展了常规巡察。11月2日，县委第二巡察组向学校党委反馈了巡察意见。",
        "feedback": {("青禾县委第二巡察组", "青禾县第一中学党委", "2023-11-02")},
        "issued": "2023-12-26",
    },
    "X組對實驗小學黨總支開展了巡察。…向學校黨總支反饋 (in Traditional, a primary school)": {
        "text": "2023年4月，區委第三巡察組對區實驗小學黨總支開展了常規巡察。6月8日，區委第三巡察組向學校黨總支反饋了巡察意見。",
        "feedback": {("区委第三巡察组", "区实验小学党总支", "2023-06-08")},
        "issued": "2023-09-01",
    },
    "12月5日，X组向A反馈。⏎(the findings, undated)⏎同日，Y组向B反馈 (the same day past a paragraph without dates)": {
        "text": "12月5日下午，校党委第一巡察组向材料学院党委反馈巡察情况。\n组长指出，材料学院党委存在以下问题：一是课程思政建设推进不够；二是议事规则执行不严格。\n"
                "同日，校党委第二巡察组向外国语学院党总支反馈巡察情况。",
        "feedback": {("校党委第一巡察组", "材料学院党委", "2023-12-05"), ("校党委第二巡察组", "外国语学院党总支", "2023-12-05")},
        "issued": "2023-12-08",
    },
    "negative: 3月，X組對A開展巡察。⏎…⏎同日，Y組向B反饋 (in Traditional: the first date back is a month, no day to take)": {
        "text": "2023年3月10日，縣委第一巡察組進駐縣林業局黨組。\n4月，縣委第一巡察組完成巡察。\n同日，縣委第二巡察組向縣水利局黨組反饋巡察情況。",
        "feedback": {("县委第二巡察组", "县水利局党组", None)},
        "issued": "2023-06-08",
    },
    "X組十一月二十日向A反饋，Y組則於二十二日分別向B及其轄下五個社區黨委反饋 (a day alone in Chinese numerals after 于, Traditional)": {
        "text": "區委第一巡察組十一月二十日向區城市更新局黨組反饋，區委第三巡察組則於二十二日分別向翠溪街道黨工委及其轄下五個社區黨委反饋。",
        "feedback": {("区委第一巡察组", "区城市更新局党组", "2023-11-20"), ("区委第三巡察组", "翠溪街道党工委", "2023-11-22"),
                     ("区委第三巡察组", "辖下五个社区党委", "2023-11-22")},
        "issued": "2023-11-24",
    },
    "negative: 一日三餐, 于二十二日 with no deed after it: no date": {
        "text": "县委第一巡察组向县水利局党组反馈巡察情况，要求于二十二日前报送整改方案。",
        "feedback": {("县委第一巡察组", "县水利局党组", None)},
        "issued": "2023-11-24",
    },
    "negative: 第一轮…巡察A；第二轮…巡察B。各巡察组于巡察结束后反馈 (one paragraph of both rounds: every round's units)": {
        "text": "第一轮巡察于2024年4月至5月进行，校党委第一巡察组巡察机械工程学院党委；第二轮巡察于2024年10月至11月进行，第一巡察组巡察"
                "图书馆直属党支部。各巡察组于巡察结束后向被巡察党组织反馈了巡察意见。",
        "feedback": {("校党委第一巡察组", "机械工程学院党委", None), ("校党委第一巡察组", "图书馆直属党支部", None)},
        "issued": "2025-03-12",
    },
    "巡视组|被巡视党组织|反馈时间|组长 with days written 9.4 (month.day, the year the page's)": {
        "text": "2023年9月4日至8日，各巡视组分别向被巡视党组织反馈巡视情况。\n巡视组|被巡视党组织|反馈时间|组长\n省委第一巡视组|省生态环境厅党组|9.4|黄某\n"
                "省委第三巡视组|省工业和信息化厅党组|9.5|韦某\n",
        "feedback": {("省委第一巡视组", "省生态环境厅党组", "2023-09-04"), ("省委第三巡视组", "省工业和信息化厅党组", "2023-09-05")},
        "issued": "2023-09-15",
    },
    "巡視組 | 被巡視黨組織 | 反饋時間 with 11．27 (Traditional, a full-width dot); 13.5 is no day, no feedback told": {
        "text": "2023年11月27日起，各巡視組陸續反饋。\n巡視組\t被巡視黨組織\t反饋時間\n省委第一巡視組\t省水利廳黨組\t11．27\n省委第二巡視組\t省應急管理廳黨組\t13.5\n",
        "feedback": {("省委第一巡视组", "省水利厅党组", "2023-11-27")},
        "issued": "2023-12-08",
    },
    "| 序号 | 巡察组 | 被巡察党组织 | 反馈时间 | 备注 | with rows whose last cell is empty (markdown's outer bars)": {
        "text": "反馈安排如下：\n\n| 序号 | 巡察组 | 被巡察党组织 | 反馈时间 | 备注 |\n| --- | --- | --- | --- | --- |\n"
                "| 1 | 区委第一巡察组 | 区财政局党组 | 1月8日 | 一托二 |\n| 6 | 区委第三巡察组 | 东湖街道党工委 | 1月9日 |  |\n",
        "feedback": {("区委第一巡察组", "区财政局党组", "2024-01-08"), ("区委第三巡察组", "东湖街道党工委", "2024-01-09")},
        "issued": "2024-01-12",
    },
    "the same in Traditional, a row whose first cells are empty under outer bars (merged with the row above's)": {
        "text": "| 序號 | 巡察組 | 被巡察黨組織 | 反饋時間 |\n| --- | --- | --- | --- |\n| 1 | 區委第一巡察組 | 區財政局黨組 | 1月8日 |\n"
                "|  |  | 區審計局黨組 | 1月9日 |\n",
        "feedback": {("区委第一巡察组", "区财政局党组", "2024-01-08"), ("区委第一巡察组", "区审计局党组", "2024-01-09")},
        "issued": "2024-01-12",
    },
    "…各反馈会情况如下：⏎1. X组　A　2024/05/15 (a line a feedback: team, unit and day parted by spaces)": {
        "text": "5月15日至22日，学校党委各巡察组分别向被巡察的3个二级党组织反馈巡察情况。各反馈会情况如下：\n1. 校党委第一巡察组　文学院党委　2024/05/15\n"
                "2. 校党委第二巡察组　数学与统计学院党委　2024/05/17\n反馈会上，各巡察组组长代表巡察组反馈巡察意见。",
        "feedback": {("学校党委第一巡察组", "文学院党委", "2024-05-15"), ("学校党委第二巡察组", "数学与统计学院党委", "2024-05-17")},
        "issued": "2024-05-24",
    },
    "negative: the same lines under a lead of entries (进驻安排如下：): no feedback's day (Traditional)": {
        "text": "3月11日，學校黨委各巡察組進駐被巡察黨組織。進駐安排如下：\n1. 校黨委第一巡察組　文學院黨委　2024/03/11\n",
        "feedback": set(),
        "issued": "2024-03-12",
    },
    "negative: 时间 巡察组 反馈对象 地点 then a sentence of who attended: no feedback to the attendees' posts": {
        "text": "各场反馈会议安排如下:\n时间 巡察组 反馈对象 地点\n7月1日上午 第一巡察组 县教育局党组 县教育局三楼会议室\n"
                "反馈会上,县委常委、纪委书记、监委主任谭国华出席县教育局反馈会议并讲话。",
        "feedback": {("第一巡察组", "县教育局党组", "2024-07-01")},
        "issued": "2024-07-08",
    },
    # ---------------------------------------------------------------- lists of feedbacks, a line each, in every shape
    "◆ X组向A反馈巡视情况（3月20日）: a line a feedback, its day in brackets closing it": {
        "text": "各巡视组反馈情况如下：\n◆ 总行党委第一巡视组向北京分行党委反馈巡视情况（3月20日）\n◆ 总行党委第二巡视组向上海分行党委反馈巡视情况（3月21日）\n",
        "feedback": {("总行党委第一巡视组", "北京分行党委", "2023-03-20"), ("总行党委第二巡视组", "上海分行党委", "2023-03-21")},
        "issued": "2023-03-28",
    },
    "01 X組向A反饋  11.20: the day written month.day after spaces, in the page's year (Traditional)": {
        "text": "【反饋安排】\n01 縣委第一巡察組向縣發展和改革局黨組反饋  11.20\n02 縣委第二巡察組向縣農業農村局黨組反饋  11.21\n",
        "feedback": {("县委第一巡察组", "县发展和改革局党组", "2022-11-20"), ("县委第二巡察组", "县农业农村局党组", "2022-11-21")},
        "issued": "2022-11-28",
    },
    "negative: a listed title's date after it (X组向A反馈巡察情况 2023-06-08) is the story's, no feedback's day": {
        "text": "巡察动态\n县委第一巡察组向县民政局党组反馈巡察情况 2023-06-08\n县委第二巡察组向县文化和旅游局党组反馈巡察情况 2023-06-09\n",
        "feedback": {("县委第一巡察组", "县民政局党组", None), ("县委第二巡察组", "县文化和旅游局党组", None)},
        "issued": "2023-06-12",
    },
    "negative: a note in brackets closing the line (（3月20日发布）) is no feedback's day": {
        "text": "各巡视组反馈情况如下：\n◆ 总行党委第一巡视组向北京分行党委反馈巡视情况（3月20日发布）\n",
        "feedback": {("总行党委第一巡视组", "北京分行党委", None)},
        "issued": "2023-03-28",
    },
    "反馈时间及对象：⏎2023.05.08  X组 → A: the day with dots, an arrow from the team to its unit": {
        "text": "5月8日至12日，十届区委第二轮巡察6个巡察组向14个被巡察党组织反馈巡察情况。\n反馈时间及对象：\n"
                "2023.05.08  区委第一巡察组 → 区人大常委会机关党组\n2023.05.10  区委第三巡察组 → 团区委\n",
        "feedback": {("区委第一巡察组", "区人大常委会机关党组", "2023-05-08"), ("区委第三巡察组", "团区委", "2023-05-10")},
        "issued": "2023-05-15",
    },
    "12月16日 X组→A under a paragraph of the round's feedback (no colon lead: the rows name their teams)": {
        "text": "12月16日至19日，十届市委第七轮巡察5个巡察组陆续向被巡察党组织反馈巡察情况。\n12月16日 市委第一巡察组→市科学技术局党组\n"
                "12月17日 市委第二巡察组→市农业农村局党组、市供销合作社党组\n",
        "feedback": {("市委第一巡察组", "市科学技术局党组", "2024-12-16"), ("市委第二巡察组", "市农业农村局党组", "2024-12-17"),
                     ("市委第二巡察组", "市供销合作社党组", "2024-12-17")},
        "issued": "2024-12-20",
    },
    "negative: a publisher's line under a headline of feedback (2022-11-11  石门镇人民政府) is no row": {
        "text": "县委第四巡察组巡察石门镇党委反馈意见会召开\n2022-11-11  石门镇人民政府\n11月9日，县委第四巡察组巡察石门镇党委反馈意见会召开。",
        "not_feedback_targets": {"石门镇人民政府"},
        "issued": "2022-11-11",
    },
    "反馈安排：⏎第一巡察组⏎12月12日 A: a team alone on its line over its rows of day and unit": {
        "text": "12月12日至14日，市国资委党委第三轮巡察2个巡察组分别向3家市属企业党委反馈巡察情况。\n反馈安排：\n第一巡察组\n"
                "12月12日 市交通投资集团有限公司党委\n12月13日 市文化旅游发展集团有限公司党委\n第二巡察组\n12月12日 市燃气集团有限公司党委\n"
                "反馈会要求，各企业党委要把巡察整改与国企改革结合起来。",
        "feedback": {("第一巡察组", "市交通投资集团有限公司党委", "2022-12-12"), ("第一巡察组", "市文化旅游发展集团有限公司党委", "2022-12-13"),
                     ("第二巡察组", "市燃气集团有限公司党委", "2022-12-12")},
        "issued": "2022-12-16",
    },
    "the same in Traditional, ▲ before the teams and - before the rows": {
        "text": "各組反饋安排如下：\n▲縣委第一巡察組\n　- 4月15日　縣政府辦公室黨組\n　- 4月16日　縣信訪局黨支部\n▲縣委第二巡察組\n　- 4月15日　縣教育局黨組\n",
        "feedback": {("县委第一巡察组", "县政府办公室党组", "2024-04-15"), ("县委第一巡察组", "县信访局党支部", "2024-04-16"),
                     ("县委第二巡察组", "县教育局党组", "2024-04-15")},
        "issued": "2024-04-23",
    },
    "a team alone on its line over rows of unit then day (巴音苏木党委　7月4日)": {
        "text": "7月4日至10日，十四屆旗委第四輪巡察4個巡察組分別向16個被巡察黨組織反饋巡察情況。\n反饋安排如下：\n旗委第一巡察組\n巴音蘇木黨委　7月4日\n旗農牧局黨組　7月5日\n旗委第二巡察組\n烏蘭鎮黨委　7月4日\n",
        "feedback": {("旗委第一巡察组", "巴音苏木党委", "2023-07-04"), ("旗委第一巡察组", "旗农牧局党组", "2023-07-05"),
                     ("旗委第二巡察组", "乌兰镇党委", "2023-07-04")},
        "issued": "2023-07-12",
    },
    "■ X组⏎被巡视单位：A　反馈时间：2024年7月8日: a team's heading over key:value lines": {
        "text": "各巡視組反饋情況如下：\n■ 省委第一巡視組\n被巡視單位：安川市委　反饋時間：2024年7月8日\n被巡視單位：安川市人民政府黨組　反饋時間：2024年7月9日\n"
                "■ 省委第二巡視組\n被巡視單位：清河市委　反饋時間：2024年7月8日\n",
        "feedback": {("省委第一巡视组", "安川市委", "2024-07-08"), ("省委第一巡视组", "安川市人民政府党组", "2024-07-09"),
                     ("省委第二巡视组", "清河市委", "2024-07-08")},
        "issued": "2024-07-15",
    },
    "…反馈一览 over rows of team, unit and day parted by spaces (no colon lead)": {
        "text": "十四届县委第六轮巡察反馈一览\n县委第一巡察组  县农业农村局党组  2023年12月5日\n县委第二巡察组  县水利局党组  2023年12月6日\n"
                "注：以上为十四届县委第六轮巡察反馈时间安排。",
        "feedback": {("县委第一巡察组", "县农业农村局党组", "2023-12-05"), ("县委第二巡察组", "县水利局党组", "2023-12-06")},
        "issued": "2023-12-08",
    },
    "反馈安排（按日期）：⏎3月6日：X组——A；Y组——B (a lead of feedback rows that does not say 巡察)": {
        "text": "3月6日至10日，县委5个巡察组分别向被巡察党组织反馈巡察意见。\n反馈安排（按日期）：\n"
                "3月6日：县委第一巡察组——县应急管理局党组；县委第二巡察组——县交通运输局党组。\n3月7日：县委第四巡察组——南河镇党委。\n",
        "feedback": {("县委第一巡察组", "县应急管理局党组", "2023-03-06"), ("县委第二巡察组", "县交通运输局党组", "2023-03-06"),
                     ("县委第四巡察组", "南河镇党委", "2023-03-07")},
        "issued": "2023-03-13",
    },
    "X组：A（9月23日）、B（9月24日） under …分别向以下单位党委反馈巡察情况：": {
        "text": "委党委第一巡察组、第二巡察组分别向以下单位党委反馈巡察情况：\n委党委第一巡察组：市人民医院党委（9月23日）、市中医院党委（9月24日）\n"
                "委党委第二巡察组：市儿童医院党委（9月23日）\n",
        "feedback": {("委党委第一巡察组", "市人民医院党委", "2024-09-23"), ("委党委第一巡察组", "市中医院党委", "2024-09-24"),
                     ("委党委第二巡察组", "市儿童医院党委", "2024-09-23")},
        "issued": "2024-09-27",
    },
    "X组：day向A，day向B反馈巡视情况。 (a team's line of days, one 反馈 closing them)": {
        "text": "各巡視組反饋情況：\n省委教育工委第一巡視組：11月13日向江城師範學院黨委，11月14日向江城工程職業技術學院黨委反饋巡視情況。\n",
        "feedback": {("省委教育工委第一巡视组", "江城师范学院党委", "2022-11-13"), ("省委教育工委第一巡视组", "江城工程职业技术学院党委", "2022-11-14")},
        "issued": "2022-11-21",
    },
    "negative: X组：day向A反馈，day向B反馈。 each its own statement (both units, not only the last)": {
        "text": "各中央巡视组反馈情况如下：\n中央第一巡视组：9月3日向中国华源电力集团有限公司党组反馈，9月5日向中国北方重型机械集团有限公司党组反馈。\n",
        "feedback": {("中央第一巡视组", "中国华源电力集团有限公司党组", "2024-09-03"), ("中央第一巡视组", "中国北方重型机械集团有限公司党组", "2024-09-05")},
        "issued": "2024-09-20",
    },
    "反馈时间 | 巡察组 | 被巡察党支部: a units column named 被巡察党支部; its days are the feedback's": {
        "text": "反馈时间 | 巡察组 | 被巡察党支部\n11月6日 | 第一巡察组 | 内科第一党支部\n11月7日 | 第二巡察组 | 护理部党支部\n",
        "feedback": {("第一巡察组", "内科第一党支部", "2023-11-06"), ("第二巡察组", "护理部党支部", "2023-11-07")},
        "issued": "2023-11-13",
    },
    "X组（12月5日）　A　B: a team's day in brackets, its units after spaces on its line (Traditional)": {
        "text": "12月5日至7日，巡視組分別向被巡視高校黨委反饋巡視情況。\n各巡視組反饋安排：\n省委第三巡視組（12月5日）　江嶺師範大學黨委　江嶺財經大學黨委\n"
                "省委第四巡視組（12月7日）　江嶺農業大學黨委\n",
        "feedback": {("省委第三巡视组", "江岭师范大学党委", "2023-12-05"), ("省委第三巡视组", "江岭财经大学党委", "2023-12-05"),
                     ("省委第四巡视组", "江岭农业大学党委", "2023-12-07")},
        "issued": "2023-12-08",
    },
    "X组（1月6日）⏎A　B: a team's line with its day over the line of its units": {
        "text": "各巡视组反馈时间及对象如下：\n省委第一巡视组（1月6日）\n岭东市委　岭东市东湖区委\n省委第二巡视组（1月7日）\n江临市委\n",
        "feedback": {("省委第一巡视组", "岭东市委", "2020-01-06"), ("省委第一巡视组", "岭东市东湖区委", "2020-01-06"),
                     ("省委第二巡视组", "江临市委", "2020-01-07")},
        "issued": "2020-01-10",
    },
    "X组 10月17日 A B: a row of team, day and its units parted by spaces (Traditional)": {
        "text": "10月17日至19日，市委第三輪巡察的3個巡察組向被巡察的5個黨組織反饋了巡察情況。反饋安排如下：\n"
                "市委第一巡察組 10月17日 市發展改革委黨組 市統計局黨組\n市委第二巡察組 10月18日 市商務局黨組\n",
        "feedback": {("市委第一巡察组", "市发展改革委党组", "2018-10-17"), ("市委第一巡察组", "市统计局党组", "2018-10-17"),
                     ("市委第二巡察组", "市商务局党组", "2018-10-18")},
        "issued": "2018-10-22",
    },
    "第一巡察组：A 12月12日；B 12月13日: each unit's day after a space, the units parted by ；": {
        "text": "12月12日至14日，市中院党组2个巡察组分别向3个基层法院党组反馈巡察情况。\n第一巡察组：桃源县人民法院党组 12月12日；"
                "石门县人民法院党组 12月13日\n第二巡察组：桃花区人民法院党组 12月14日\n",
        "feedback": {("第一巡察组", "桃源县人民法院党组", "2023-12-12"), ("第一巡察组", "石门县人民法院党组", "2023-12-13"),
                     ("第二巡察组", "桃花区人民法院党组", "2023-12-14")},
        "issued": "2023-12-15",
    },
    "组别被巡察党组织反馈时间反馈会地点: a feedback table whose cells ran together, a meeting place last": {
        "text": "11月5日至8日，县委4个巡察组分别向8个被巡察党组织反馈了巡察情况。\n反馈安排如下：\n组别被巡察党组织反馈时间反馈会地点\n"
                "县委第一巡察组县发展和改革局党组11月5日县发改局五楼会议室\n县委第二巡察组县教育局党组11月6日县教育局二楼会议室\n",
        "feedback": {("县委第一巡察组", "县发展和改革局党组", "2019-11-05"), ("县委第二巡察组", "县教育局党组", "2019-11-06")},
        "issued": "2019-11-12",
    },
    "a column's titles that open with the feedback's day (6月8日，X向A反馈巡察情况　2023-06-09): each line its own": {
        "text": "工作动态\n6月8日，县委第二巡察组向县审计局党组反馈巡察情况　　2023-06-09\n"
                "6月7日，县委第三巡察组向城关镇党委反馈巡察情况　　2023-06-08\n6月6日，縣委第一巡察組向縣民政局黨組反饋巡察情況　　2023-06-07\n"
                "县委巡察办开展巡察干部作风纪律专项教育　　2023-05-26\n",
        "feedback": {("县委第二巡察组", "县审计局党组", "2023-06-08"), ("县委第三巡察组", "城关镇党委", "2023-06-07"),
                     ("县委第一巡察组", "县民政局党组", "2023-06-06")},
        "issued": "2023-06-12",
    },
    "分别向被巡察党支部反馈了巡察情况：⏎X组  A B C: the units of each team's line, on the meeting's day": {
        "text": "11月22日下午，医院党委第二轮巡察集中反馈会召开。会上，2个巡察组分别向被巡察党支部反馈了巡察情况：\n"
                "院党委第一巡察组  内科第一党支部 外科第二党支部\n院党委第二巡察组  门诊党支部 机关第一党支部\n",
        # (院党委 completed as the 医院党委 the headline names)
        "feedback": {("医院党委第一巡察组", "内科第一党支部", "2023-11-22"), ("医院党委第一巡察组", "外科第二党支部", "2023-11-22"),
                     ("医院党委第二巡察组", "门诊党支部", "2023-11-22"), ("医院党委第二巡察组", "机关第一党支部", "2023-11-22")},
        "issued": "2023-11-24",
    },
    "巡察组组长某某反馈了巡察情况 after the headline's feedback, 巡察组还对B进行了延伸巡察 after it: no feedback to B": {
        "text": "1月18日，省高级人民法院党组第二巡察组向东陵市中级人民法院党组反馈巡察情况。巡察组组长孙立平反馈了巡察情况，东陵中院党组书记"
                "主持会议。巡察期间，巡察组还对东陵市城南区人民法院党组进行了延伸巡察。",
        "feedback": {("省高级人民法院党组第二巡察组", "东陵市中级人民法院党组", "2024-01-18")},
        "issued": "2024-01-19",
    },
    "the same in Traditional, 巡察組組長反饋了巡察意見 then the extension": {
        "text": "3月5日，市委第一巡察組向市審計局黨組反饋巡察情況。巡察組組長王明反饋了巡察意見。巡察期間，巡察組還對市審計局機關黨支部進行了延伸巡察。",
        "feedback": {("市委第一巡察组", "市审计局党组", "2024-03-05")},
        "issued": "2024-03-08",
    },
    # ---------------------------------------------------------------- a group of teams written with their mode
    "N个交叉巡察组分别向被巡察党组织反馈: the group of the teams named before, whatever its mode (no 交叉巡察组 team)": {
        "text": "2023年5月至6月，由安平县委第二巡察组对河东县乡村振兴局党组开展巡察，河东县委第一巡察组对清江县住房和城乡建设局党组开展"
                "巡察。7月4日，3个交叉巡察组分别向被巡察党组织反馈巡察意见。",
        "feedback": {("安平县委第二巡察组", "河东县乡村振兴局党组", "2023-07-04"),
                     ("河东县委第一巡察组", "清江县住房和城乡建设局党组", "2023-07-04")},
        "teams": {"安平县委第二巡察组", "河东县委第一巡察组"},
        "issued": "2023-10-26",
    },
    "the same in Traditional, 兩個提級交叉巡察組": {
        "text": "2023年5月至6月，縣委第一巡察組對甲鎮黨委開展巡察，縣委第二巡察組對乙鎮黨委開展巡察。7月4日，兩個提級交叉巡察組分別向"
                "被巡察黨組織反饋巡察意見。",
        "feedback": {("县委第一巡察组", "甲镇党委", "2023-07-04"), ("县委第二巡察组", "乙镇党委", "2023-07-04")},
        "teams": {"县委第一巡察组", "县委第二巡察组"},
        "issued": "2023-10-26",
    },
    "各专项巡察组 after the teams' own inspections: each team's units": {
        "text": "今年3月，市委第一巡察组对市医保局党组、市委第二巡察组对市卫健委党组开展了医保基金专项巡察。5月上旬，各专项巡察组分别向"
                "被巡察党组织反馈了巡察意见。",
        "feedback": {("市委第一巡察组", "市医保局党组", "2024-05"), ("市委第二巡察组", "市卫健委党组", "2024-05")},
        "issued": "2024-06-20",
    },
    "市委2个专项巡察组…，then 2个专项巡察组 again without its committee: one group, its feedback to the units": {
        "text": "2023年5月至6月，市委2个专项巡察组对市医保局党组、市卫健委党组开展了专项巡察。7月4日，2个专项巡察组分别向被巡察"
                "党组织反馈巡察意见。",
        # (the group as the text names it with its committee: a group the scorer takes for no team)
        "feedback": {("市委专项巡察组", "市医保局党组", "2023-07-04"), ("市委专项巡察组", "市卫健委党组", "2023-07-04")},
        "teams": {"市委专项巡察组"},
        "issued": "2023-10-26",
    },
    "the same without a mode, in Traditional (市委2個巡察組 … 2個巡察組分別向…)": {
        "text": "2023年5月至6月，市委2個巡察組對市醫保局黨組、市衛健委黨組開展了常規巡察。7月4日，2個巡察組分別向被巡察黨組織反饋"
                "巡察意見。",
        "feedback": {("市委巡察组", "市医保局党组", "2023-07-04"), ("市委巡察组", "市卫健委党组", "2023-07-04")},
        "teams": {"市委巡察组"},
        "issued": "2023-10-26",
    },
    "巡察组向上述单位党组织反馈 after two teams' inspections: the bare name of their kind is both, each to its own units": {
        "text": "2022年3月至4月，集团党委第一巡察组对甲电力公司党委、乙煤业公司党委开展了常规巡察，集团党委第二巡察组对丙物资公司"
                "党支部开展了常规巡察。5月，巡察组向上述单位党组织反馈了巡察意见。",
        "feedback": {("集团党委第一巡察组", "甲电力公司党委", "2022-05"), ("集团党委第一巡察组", "乙煤业公司党委", "2022-05"),
                     ("集团党委第二巡察组", "丙物资公司党支部", "2022-05")},
        "issued": "2022-09-07",
    },
    "the same in Traditional, 巡視組向被巡視黨組織反饋 after a province's two teams": {
        "text": "2023年4月至6月，省委第一巡視組對甲市委開展了常規巡視，省委第二巡視組對乙市委開展了常規巡視。7月，巡視組向被巡視黨組織"
                "反饋了巡視意見。",
        "feedback": {("省委第一巡视组", "甲市委", "2023-07"), ("省委第二巡视组", "乙市委", "2023-07")},
        "issued": "2023-11-02",
    },
    "巡察组向上述单位党组织反馈 where only one of the teams named has inspected yet: that team's units only": {
        "text": "2022年3月至4月，集团党委第一巡察组对甲电力公司党委、乙煤业公司党委开展了常规巡察。5月，巡察组向上述单位党组织反馈了"
                "巡察意见。集团党委第二巡察组对丙物资公司党支部的巡察将于下月开展。",
        "feedback": {("集团党委第一巡察组", "甲电力公司党委", "2022-05"), ("集团党委第一巡察组", "乙煤业公司党委", "2022-05")},
        "issued": "2022-09-07",
    },
    # ---------------------------------------------------------------- a day's units each, and day lines under a paragraph
    "4月22日向A、B，23日向C、D反馈了巡察情况: each unit on its day, over the comma": {
        "text": "2024年2月至3月，县委第二巡察组对县医保局党组、县卫健局党组、县人民医院党委、县中医院党委开展了专项巡察。4月22日向"
                "县医保局党组、县卫健局党组，23日向县人民医院党委、县中医院党委反馈了巡察情况。",
        "feedback": {("县委第二巡察组", "县医保局党组", "2024-04-22"), ("县委第二巡察组", "县卫健局党组", "2024-04-22"),
                     ("县委第二巡察组", "县人民医院党委", "2024-04-23"), ("县委第二巡察组", "县中医院党委", "2024-04-23")},
        "issued": "2024-04-26",
    },
    "the same in Traditional, under a headline to the count of units (no undated copy of any)": {
        "text": "縣委第二巡察組向4個單位反饋巡察情況\n2024年2月至3月，縣委第二巡察組對縣醫保局黨組、縣衛健局黨組、縣人民醫院黨委、"
                "縣中醫院黨委開展了專項巡察。4月22日向縣醫保局黨組、縣衛健局黨組，23日向縣人民醫院黨委、縣中醫院黨委反饋了巡察情況。",
        "feedback": {("县委第二巡察组", "县医保局党组", "2024-04-22"), ("县委第二巡察组", "县卫健局党组", "2024-04-22"),
                     ("县委第二巡察组", "县人民医院党委", "2024-04-23"), ("县委第二巡察组", "县中医院党委", "2024-04-23")},
        "issued": "2024-04-26",
    },
    "🔸day  向A反馈 lines under a paragraph saying the team completed its feedback: each unit on its day": {
        "text": "市委第三巡察组向凤台县3个乡镇党委反馈巡察情况\n5月至7月，市委第三巡察组对凤台县槐荫镇党委、白鹭湖乡党委、金沙滩镇党委"
                "开展了提级巡察。8月上旬，市委第三巡察组完成对凤台县3个乡镇党委的巡察反馈。\n🔸8月7日  向槐荫镇党委反馈\n"
                "🔸8月8日  向白鹭湖乡党委反馈\n🔸8月10日  向金沙滩镇党委反馈\n",
        "feedback": {("市委第三巡察组", "凤台县槐荫镇党委", "2023-08-07"), ("市委第三巡察组", "白鹭湖乡党委", "2023-08-08"),
                     ("市委第三巡察组", "金沙滩镇党委", "2023-08-10")},
        "issued": "2023-08-14",
    },
    "the same in Traditional, ▪ before each day": {
        "text": "5月至7月，市委第三巡察組對甲鎮黨委、乙鄉黨委開展了提級巡察。8月上旬，市委第三巡察組完成對2個鄉鎮黨委的巡察反饋。\n"
                "▪8月7日  向甲鎮黨委反饋\n▪8月8日  向乙鄉黨委反饋\n",
        "feedback": {("市委第三巡察组", "甲镇党委", "2023-08-07"), ("市委第三巡察组", "乙乡党委", "2023-08-08")},
        "issued": "2023-08-14",
    },
    "negative: day lines of 向A反馈 under a paragraph that says nothing was fed back yet are no feedback": {
        "text": "5月至7月，市委第三巡察组对甲镇党委、乙乡党委开展了提级巡察。巡察组将按以下安排反馈巡察情况。\n🔸8月7日  向甲镇党委反馈\n"
                "🔸8月8日  向乙乡党委反馈\n",
        "feedback": set(),
        "issued": "2023-08-01",
    },
    # ---------------------------------------------------------------- a central round's feedback, a province a paragraph
    "组长向省委书记某某、省长和省委领导班子反馈 after the team's 向X省委反馈: the bare 省委 is the team's province's": {
        "text": "经党中央批准，中央第四轮巡视对3个省开展了常规巡视。1月上旬，中央巡视组向被巡视党组织反馈了巡视情况。\n"
                "1月6日，中央第一巡视组向安平省委反馈巡视情况。中央第一巡视组组长韩志远向省委书记秦文博和省委领导班子反馈了巡视情况。\n"
                "1月8日，中央第三巡视组向岭南省委反馈巡视情况。中央第三巡视组组长邓国良向省委书记、省长和省委领导班子反馈巡视情况。",
        "feedback": {("中央第一巡视组", "安平省委", "2020-01-06"), ("中央第三巡视组", "岭南省委", "2020-01-08")},
        "issued": "2020-01-13",
    },
    "the same in Traditional, 自治區主席和黨委領導班子": {
        "text": "1月7日，中央第五巡視組向寧和回族自治區黨委反饋巡視情況。中央第五巡視組組長姜偉向自治區黨委書記、自治區主席和黨委領導班子"
                "反饋了巡視情況。\n1月8日，中央第三巡視組向嶺南省委反饋巡視情況。中央第三巡視組組長鄧國良向省委書記、省長和省委領導班子反饋"
                "巡視情況。",
        "feedback": {("中央第五巡视组", "宁和回族自治区党委", "2020-01-07"), ("中央第三巡视组", "岭南省委", "2020-01-08")},
        "issued": "2020-01-13",
    },
    "向省委书记、省长反馈 names posts only: the team's feedback is to its province's 省委 alone": {
        "text": "1月7日，中央第二巡视组向青川省委反馈巡视情况。中央第二巡视组组长高明轩向省委书记、省长反馈了巡视情况。",
        "feedback": {("中央第二巡视组", "青川省委", "2020-01-07")},
        "issued": "2020-01-13",
    },
    "A组对X、B组对Y开展了常规巡察，11月下旬完成反馈: the feedback of both teams' inspections, not the last one's": {
        "text": "2023年9月至10月，县委第一巡察组对城关镇党委、县委第二巡察组对双河镇党委开展了常规巡察，11月下旬完成反馈。",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-11"), ("县委第二巡察组", "双河镇党委", "2023-11")},
        "issued": "2024-01-17",
    },
    "the same in Traditional, 並於12月完成巡察反饋": {
        "text": "2023年9月至10月，縣委第一巡察組對城關鎮黨委、縣委第二巡察組對雙河鎮黨委開展了常規巡察，並於12月完成巡察反饋。",
        "feedback": {("县委第一巡察组", "城关镇党委", "2023-12"), ("县委第二巡察组", "双河镇党委", "2023-12")},
        "issued": "2024-01-17",
    },
    "negative: the second team the subject of its own clause's 完成反馈: its inspection's feedback only": {
        "text": "2023年9月至10月，县委第一巡察组对城关镇党委开展了常规巡察，县委第二巡察组对双河镇党委开展了常规巡察并于11月下旬完成反馈。",
        "feedback": {("县委第二巡察组", "双河镇党委", "2023-11")},
        "issued": "2024-01-17",
    },
    # ---------------------------------------------------------------- the dispatcher hosting, by its short name
    "局党委召开巡察反馈会 where 市教育局党委's teams inspected: the dispatcher hosts it, no target": {
        "text": "2022年9月至10月，市教育局党委第一巡察组对青桐市第三中学党总支开展了巡察，市教育局党委第二巡察组对青桐市特殊教育学校党支部"
                "开展了巡察。11月16日，局党委召开巡察反馈会，两个巡察组分别向2所学校党组织反馈了巡察意见。",
        "feedback": {("市教育局党委第一巡察组", "青桐市第三中学党总支", "2022-11-16"),
                     ("市教育局党委第二巡察组", "青桐市特殊教育学校党支部", "2022-11-16")},
        "issued": "2022-12-20",
    },
    "the same in Traditional, 院黨委 for 醫院黨委 of 醫院黨委第一巡察組": {
        "text": "10月，醫院黨委第一巡察組對內科第一黨支部開展了巡察。11月8日，院黨委召開巡察反饋會，醫院黨委第一巡察組向內科第一黨支部"
                "反饋了巡察意見。",
        "feedback": {("医院党委第一巡察组", "内科第一党支部", "2023-11-08")},
        "issued": "2023-12-20",
    },
    "negative: a unit with the same tail as the dispatcher's own short name still hosts its own feedback (县财政局党组)": {
        "text": "6月5日，县财政局党组召开县委巡察反馈会议，县委第一巡察组向县财政局党组反馈了巡察情况。",
        "feedback": {("县委第一巡察组", "县财政局党组", "2024-06-05")},
        "issued": "2024-06-09",
    },
    "会上 in the next paragraph: the day of a meeting that joins the feedback to another business (集中反馈暨…部署会)": {
        "text": "3月6日，十六届县委第三轮巡察集中反馈暨第四轮巡察动员部署会召开。县委副书记孙德海出席会议并讲话。\n"
                "会上，县委第一巡察组、第二巡察组分别向县教育体育局党组、县卫生健康局党组集中反馈了第三轮巡察情况。",
        "feedback": {("县委第一巡察组", "县教育体育局党组", "2024-03-06"), ("县委第二巡察组", "县卫生健康局党组", "2024-03-06")},
        "issued": "2024-03-07",
    },
    "the same in Traditional, 巡察反饋暨整改工作推進會": {
        "text": "5月20日，市委第二輪巡察反饋暨整改工作推進會召開。市委常委王立出席會議。\n會上，市委第三巡察組向市水利局黨組反饋了巡察情況。",
        "feedback": {("市委第三巡察组", "市水利局党组", "2024-05-20")},
        "issued": "2024-05-22",
    },
    "negative: 会上 after a meeting that holds no feedback (巡察工作动员部署会) dates no feedback by it": {
        "text": "3月6日，十六届县委第四轮巡察动员部署会召开。县委副书记孙德海出席会议并讲话。\n"
                "会上，县委第一巡察组向县教育体育局党组反馈了第三轮巡察情况。",
        "feedback": {("县委第一巡察组", "县教育体育局党组", None)},
        "issued": "2024-03-07",
    },
    "a day without its year after a period that ends in December (2024年9月中旬至12月上旬…1月14日): the January after": {
        "text": "根据党中央统一部署，2024年9月中旬至12月上旬，中央第十一巡视组对中国移动通信集团有限公司党组、中国电信集团有限公司党组"
                "进行了常规巡视。1月14日，中央第十一巡视组向中国移动党组反馈巡视情况；1月16日，中央第十一巡视组向中国电信党组反馈巡视情况。",
        "feedback": {("中央第十一巡视组", "中国移动通信集团有限公司党组", "2025-01-14"),
                     ("中央第十一巡视组", "中国电信集团有限公司党组", "2025-01-16")},
        "issued": "2025-01-17",
    },
    "the same in Traditional, a county's round of 2023年10月至12月, fed back 1月8日": {
        "text": "2023年10月至12月，縣委第二巡察組對縣水利局黨組、縣林業局黨組開展了常規巡察。1月8日，縣委第二巡察組向縣水利局黨組反饋"
                "巡察情況；1月9日，縣委第二巡察組向縣林業局黨組反饋巡察情況。",
        "feedback": {("县委第二巡察组", "县水利局党组", "2024-01-08"), ("县委第二巡察组", "县林业局党组", "2024-01-09")},
        "issued": "2024-01-10",
    },
    "negative: the January after would be after the page's date: the year stated before stays": {
        "text": "2024年9月至11月，县委第二巡察组对县水利局党组、县林业局党组开展了常规巡察。1月8日，县委第二巡察组向县水利局党组反馈"
                "巡察情况；1月9日，县委第二巡察组向县林业局党组反馈巡察情况。",
        "feedback": {("县委第二巡察组", "县水利局党组", "2024-01-08"), ("县委第二巡察组", "县林业局党组", "2024-01-09")},
        "issued": "2024-12-10",
    },
    "a feedback digest: 【X】T指出，X党组A；B (the team tells the unit it names first its findings)": {
        "text": "巡视反馈丨34家中管企业被点出哪些问题\n近日，中央巡视组完成对34家中管企业党组的巡视反馈。\n【中国石油】中央第一巡视组指出，"
                "中国石油党组服务保障国家能源安全存在短板；深化改革攻坚有差距。\n【中国石化】中央第二巡视组指出，中国石化党组推动炼化产业"
                "转型升级力度不够。",
        "feedback": {("中央第一巡视组", "中国石油党组", None), ("中央第二巡视组", "中国石化党组", None)},
    },
    "the same in Traditional, T則指出，X省委A": {
        "text": "中央巡視反饋情況摘要\n中央第一巡視組指出，河北省委推動京津冀協同發展有差距。中央第二巡視組則指出，山西省委推動"
                "資源型經濟轉型不夠有力。",
        "feedback": {("中央第一巡视组", "河北省委", None), ("中央第二巡视组", "山西省委", None)},
    },
    "a digest: T同时指出，Y党委A；B after the team's 向X反馈指出 (a second unit the same team told its findings)": {
        "text": "五大行巡视反馈问题清单出炉\n中行：中央第四巡视组向中国银行股份有限公司党委反馈指出，中行党委服务对外开放能力有待提升。\n"
                "建行：中央第四巡视组同时指出，中国建设银行股份有限公司党委推进住房租赁金融业务有偏差；金融科技子公司管理不规范。",
        "feedback": {("中央第四巡视组", "中国银行股份有限公司党委", None), ("中央第四巡视组", "中国建设银行股份有限公司党委", None)},
    },
    "the same in Traditional, T亦指出，Y市委A": {
        "text": "省委巡視反饋情況摘要\n省委第三巡視組向雲川市委反饋指出，雲川市委推動產業轉型力度不夠。\n省委第三巡視組亦指出，"
                "青嶺市委落實生態保護責任有差距；基層黨組織建設薄弱。",
        "feedback": {("省委第三巡视组", "云川市委", None), ("省委第三巡视组", "青岭市委", None)},
    },
    "negative: T同时指出，Y党委要… on an entry page (no feedback said anywhere) is the team's speech": {
        "text": "省委第二巡视组进驻省水利厅开展巡视\n4月10日，省委第二巡视组进驻省水利厅党组。省委第二巡视组同时指出，省水利厅党组"
                "要提高政治站位，自觉接受监督。",
        "not_feedback_targets": {"省水利厅党组"},
    },
    "negative: T指出，X党组要… on an entry page (no feedback said anywhere) is the team's speech, no feedback": {
        "text": "省委第二巡视组进驻省交通运输厅开展巡视\n4月10日，省委第二巡视组进驻省交通运输厅党组。省委第二巡视组指出，省交通运输厅党组"
                "要提高政治站位，自觉接受监督。",
        "not_feedback_targets": {"省交通运输厅党组"},
    },
    "a digest, a day a paragraph: 2月15日，T1向A反馈…。T2向B反馈… (the second feedback, its team opening it, on the paragraph's day)": {
        "text": "2月15日，中央第九巡视组向国家发展和改革委员会党组反馈巡视情况，指出其统筹推进重大战略实施的作用发挥不够充分。"
                "中央第二巡视组向民政部党组反馈，指出民政部党组兜底保障民生工作存在短板。",
        "feedback": {("中央第九巡视组", "国家发展和改革委员会党组", "2022-02-15"), ("中央第二巡视组", "民政部党组", "2022-02-15")},
        "issued": "2022-02-17",
    },
    "the same in Traditional, 6月3日上午 opening the paragraph": {
        "text": "6月3日上午，縣委第一巡察組向縣水利局黨組反饋巡察情況。縣委第二巡察組向縣林業局黨組反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县水利局党组", "2023-06-03"), ("县委第二巡察组", "县林业局党组", "2023-06-03")},
        "issued": "2023-06-05",
    },
    "negative: the second sentence says a time of its own (近日): not the paragraph's day": {
        "text": "6月3日，县委第一巡察组向县水利局党组反馈巡察情况。县委第二巡察组近日向县林业局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县水利局党组", "2023-06-03"), ("县委第二巡察组", "县林业局党组", None)},
        "issued": "2023-06-20",
    },
    # ---------------------------------------------------------------- hosts aligned by 分别; a secretary by name; the team's units accept
    "T1和T2分别在A、B召开反馈会，向两家企业党委反馈: each team's host its unit, the count after 向 no other unit": {
        "text": "21日，省委第七巡视组和省委第八巡视组分别在省建筑工程集团、省路桥集团召开反馈会，向两家企业党委反馈巡视情况。",
        "feedback": {("省委第七巡视组", "省建筑工程集团", "2019-11-21"), ("省委第八巡视组", "省路桥集团", "2019-11-21")},
        "issued": "2019-11-22",
    },
    "the same in Traditional, 分別在A、B召開反饋會，向兩鎮黨委反饋": {
        "text": "5月9日，縣委第一巡察組和縣委第二巡察組分別在東山鎮、西河鄉召開反饋會，向兩鎮黨委反饋巡察情況。",
        "feedback": {("县委第一巡察组", "东山镇", "2024-05-09"), ("县委第二巡察组", "西河乡", "2024-05-09")},
        "issued": "2024-05-19",
    },
    "negative: T在县委会议室召开反馈会，向A反馈 (a venue, the unit after 向)": {
        "text": "5月9日，县委第一巡察组在县委会议室召开反馈会，向县林业局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县林业局党组", "2024-05-09")},
        "issued": "2024-05-19",
    },
    "T向X县委书记Y同志反馈: the unit its secretary heads": {
        "text": "11月18日，省委第二巡视组向北峪县委书记王建平同志反馈了巡视情况。",
        "feedback": {("省委第二巡视组", "北峪县委", "2019-11-18")},
        "issued": "2019-11-22",
    },
    "the same in Traditional, 向X局黨組書記Y同志反饋": {
        "text": "11月18日，市委第一巡察組向市林業局黨組書記張文同志反饋了巡察情況。",
        "feedback": {("市委第一巡察组", "市林业局党组", "2019-11-18")},
        "issued": "2019-11-22",
    },
    "negative: T向县委书记Y同志反馈 (the team's own committee) is no feedback of an inspection": {
        "text": "县委第一巡察组对县林业局党组开展了巡察。5月9日，县委第一巡察组向县委书记李明同志反馈了巡察工作情况。",
        "no_feedback": True,
    },
    "T（进驻期间）巡视的A、B接受反馈: the units the team inspected accept its feedback": {
        "text": "1月17日，省委第五巡视组进驻期间巡视的省文化旅游投资集团有限公司党委、省水务集团有限公司党委接受反馈。",
        "feedback": {("省委第五巡视组", "省文化旅游投资集团有限公司党委", "2024-01-17"),
                     ("省委第五巡视组", "省水务集团有限公司党委", "2024-01-17")},
        "issued": "2024-01-19",
    },
    "the same in Traditional, T巡察的A接受反饋": {
        "text": "1月17日，縣委第二巡察組巡察的縣水務局黨組接受反饋。",
        "feedback": {("县委第二巡察组", "县水务局党组", "2024-01-17")},
        "issued": "2024-01-19",
    },
    # ---------------------------------------------------------------- a company by its kind alone: the one its paragraph named
    "组长向集团公司党组书记、董事长X反馈 in each company's paragraph: the company named before, no unit 集团公司党组": {
        "text": "中央巡视组向部分中管企业党组织反馈巡视情况\n8月21日，中央第五巡视组向中国北辰能源集团有限公司党组反馈巡视情况。巡视组组长"
                "许文涛向集团公司党组书记、董事长韩立平反馈了巡视情况。\n8月22日，中央第六巡视组向中国远洋航运集团有限公司党组反馈巡视情况。"
                "巡视组组长高建民向集团公司党组书记、董事长陶峰反馈了巡视情况。",
        "feedback": {("中央第五巡视组", "中国北辰能源集团有限公司党组", "2023-08-21"),
                     ("中央第六巡视组", "中国远洋航运集团有限公司党组", "2023-08-22")},
        "issued": "2023-08-24",
    },
    "the same in Traditional, 向公司黨委主要負責同志反饋": {
        "text": "8月21日，省委第三巡視組向江嶺交通投資集團有限公司黨委反饋巡視情況。巡視組組長向公司黨委主要負責同志反饋了巡視情況。\n"
                "8月22日，省委第四巡視組向江嶺能源集團有限公司黨委反饋巡視情況。巡視組組長向公司黨委主要負責同志反饋了巡視情況。",
        "feedback": {("省委第三巡视组", "江岭交通投资集团有限公司党委", "2023-08-21"),
                     ("省委第四巡视组", "江岭能源集团有限公司党委", "2023-08-22")},
        "issued": "2023-08-24",
    },
    "T对X公司党委开展了巡察。…巡察组向公司党委反馈: the company its paragraph says was inspected": {
        "text": "根据集团公司党委统一部署，2024年4月15日至6月7日，集团公司党委第二巡察组对华晟燃气有限公司党委开展了常规巡察。6月17日，"
                "巡察组向公司党委反馈了巡察意见。",
        "feedback": {("集团公司党委第二巡察组", "华晟燃气有限公司党委", "2024-06-17")},
        "issued": "2024-10-25",
    },
    "negative: on a company's own page, T向集团党委反馈 with no company fed back to before in its paragraph: as written": {
        "text": "集团党委召开省委巡视整改专题民主生活会\n罗振华表示，2月23日省委第七巡视组向集团党委反馈巡视意见以来，集团党委坚持把整改"
                "作为重大政治任务。",
        "feedback": {("省委第七巡视组", "集团党委", "2024-02-23")},
        "issued": "2024-04-03",
    },
    # ---------------------------------------------------------------- the year of a round named with it, on a page with no date
    "2022年省委第二轮巡视反馈会议召开 over 8月9日，T向A反馈 (no page date): the day in the round's year": {
        "text": "2022年省委第二轮巡视反馈会议召开\n8月9日，省委第一巡视组向省商务厅党组反馈巡视情况；省委第二巡视组向省统计局党组反馈巡视情况。",
        "feedback": {("省委第一巡视组", "省商务厅党组", "2022-08-09"), ("省委第二巡视组", "省统计局党组", "2022-08-09")},
    },
    "the same in Traditional, 2023年度第三輪巡察": {
        "text": "縣委2023年度第三輪巡察反饋會召開\n11月6日，縣委第一巡察組向縣水利局黨組反饋巡察情況。",
        "feedback": {("县委第一巡察组", "县水利局党组", "2023-11-06")},
    },
    "negative: the page's own date decides over the round's year (1月5日 on a page of 2023-01-10)": {
        "text": "2022年省委第五轮巡视反馈会议召开\n1月5日，省委第一巡视组向省商务厅党组反馈巡视情况。",
        "feedback": {("省委第一巡视组", "省商务厅党组", "2023-01-05")},
        "issued": "2023-01-10",
    },
    # ---------------------------------------------------------------- the units a count stands for, in its bracket
    "T向A等5个单位（A、B、C、D、E）党组织反馈: the units in the bracket, not the count": {
        "text": "9月28日，市委第七巡察组向市文广旅局等3个单位（市文化广电和旅游局、市博物馆、市图书馆）党组织反馈巡察情况。",
        "feedback": {("市委第七巡察组", "市文化广电和旅游局", "2021-09-28"), ("市委第七巡察组", "市博物馆", "2021-09-28"),
                     ("市委第七巡察组", "市图书馆", "2021-09-28")},
        "issued": "2021-09-30",
    },
    "the same in Traditional, the bracket after the party body": {
        "text": "近日，縣委第二巡察組向縣教育局等3個單位黨組織（縣教育局黨組、縣第一中學黨委、縣實驗小學黨支部）反饋巡察情況。",
        "feedback": {("县委第二巡察组", "县教育局党组", None), ("县委第二巡察组", "县第一中学党委", None),
                     ("县委第二巡察组", "县实验小学党支部", None)},
    },
    "negative: a bracket naming fewer units than the count is no list of them": {
        "text": "9月28日，市委第七巡察组向市文广旅局等5个单位（含市博物馆）党组织反馈巡察情况。",
        "not_feedback_targets": {"市文化广电和旅游局", "市图书馆"},
        "issued": "2021-09-30",
    },
    # ---------------------------------------------------------------- each unit's day after 其中, each with its verb
    "T分别向3个单位反馈，其中9日向A反馈，10日向B反馈，11日向C反馈: each unit its day": {
        "text": "金漪市委第三巡察组对市发展和改革委员会党组、市统计局党组、市粮食和物资储备局党组开展了常规巡察。5月9日至11日，"
                "市委第三巡察组分别向3个单位党组反馈巡察情况，其中9日向市发展和改革委员会党组反馈，10日向市统计局党组反馈，"
                "11日向市粮食和物资储备局党组反馈。",
        "feedback": {("金漪市委第三巡察组", "市发展和改革委员会党组", "2022-05-09"), ("金漪市委第三巡察组", "市统计局党组", "2022-05-10"),
                     ("金漪市委第三巡察组", "市粮食和物资储备局党组", "2022-05-11")},
        "issued": "2022-05-13",
    },
    "the same in Traditional, the second day's clause after ；": {
        "text": "市委第三巡察組對市財政局黨組、市審計局黨組開展了常規巡察。5月9日，市委第三巡察組向市財政局黨組反饋巡察情況；"
                "10日向市審計局黨組反饋。",
        "feedback": {("市委第三巡察组", "市财政局党组", "2022-05-09"), ("市委第三巡察组", "市审计局党组", "2022-05-10")},
        "issued": "2022-05-13",
    },
    "negative: 分别于16日、17日向A、B反馈，17日下午向C反馈: the list's last day is B's, not the run's": {
        "text": "院党委第一巡察组分别于10月16日、17日向内科党支部、外科党总支反馈巡察情况，10月17日下午向急诊科党支部反馈巡察情况。",
        "feedback": {("院党委第一巡察组", "内科党支部", "2023-10-16"), ("院党委第一巡察组", "外科党总支", "2023-10-17"),
                     ("院党委第一巡察组", "急诊科党支部", "2023-10-17")},
        "issued": "2023-10-20",
    },
    # ---------------------------------------------------------------- a bureau by its kind alone, on a page of several
    "A党组通报，T向局党组反馈 on a page of two bureaus: the bureau the sentence names": {
        "text": "本轮巡察中，市委第二巡察组巡察了市民政局党组、市退役军人事务局党组。\n"
                "市民政局党组通报，市委第二巡察组于9月11日向局党组反馈了巡察意见。",
        "feedback": {("市委第二巡察组", "市民政局党组", "2019-09-11")},
        "issued": "2020-01-10",
    },
    "the same in Traditional, 委黨組 of a commission": {
        "text": "市委第一巡察組巡察了市發展改革委黨組、市衛生健康委員會黨組。市衛生健康委員會黨組已公布整改情況。\n"
                "市發展改革委黨組通報，市委第一巡察組於9月10日向委黨組反饋了巡察意見。",
        "feedback": {("市委第一巡察组", "市发展改革委党组", "2019-09-10")},
        "issued": "2020-01-10",
    },
    # ---------------------------------------------------------------- a round's month over each unit's own day
    "2021年1月完成反馈 of a round's units, then each unit's own day: the days only": {
        "text": "2020年10月至12月，十二届省委第六轮巡视对沙岗市、苇塘县开展了常规巡视，2021年1月完成反馈。\n"
                "沙岗市：省委第一巡视组对沙岗市进行了巡视，2021年1月18日向沙岗市委反馈了巡视意见。\n"
                "苇塘县：省委第二巡视组对苇塘县开展巡视，2021年1月19日向苇塘县委反馈。",
        "feedback": {("省委第一巡视组", "沙岗市委", "2021-01-18"), ("省委第二巡视组", "苇塘县委", "2021-01-19")},
        "issued": "2021-04-02",
    },
    "negative: 11月20日向A反馈，11月21日向B反馈 on a page of 2024 about a round of 2023: the round's year, not the page's": {
        "text": "十四届县委第七轮巡察自2023年8月28日开始，至10月31日结束。县委第一巡察组巡察县公安局党委、县司法局党组，"
                "11月20日向县公安局党委反馈，11月21日向县司法局党组反馈。",
        "feedback": {("县委第一巡察组", "县公安局党委", "2023-11-20"), ("县委第一巡察组", "县司法局党组", "2023-11-21")},
        "issued": "2024-01-12",
    },
    # ---------------------------------------------------------------- several units' reports on one page (a repost)
    "two counties' reports, each 对X县进行了巡视…向县委反馈: each county's committee": {
        "text": "中共鹿鸣县委关于巡视整改情况的通报\n省委第五巡视组于2017年8月7日至9月7日对鹿鸣县进行了巡视。10月16日，"
                "省委第五巡视组向县委反馈了巡视情况。\n中共云溪县委关于巡视整改情况的通报\n省委第一巡视组对云溪县进行了巡视，"
                "并于2017年10月17日向县委反馈了意见。",
        "feedback": {("省委第五巡视组", "中共鹿鸣县委", "2017-10-16"), ("省委第一巡视组", "中共云溪县委", "2017-10-17")},
        "issued": "2018-01-09",
    },
    "the same in Traditional, one team over both counties": {
        "text": "中共梅嶺縣委關於巡視整改進展情況的通報\n2019年10月15日至12月14日，省委第六巡視組對梅嶺縣進行了巡視，2020年1月9日"
                "向縣委反饋了巡視意見。\n中共石橋縣委關於巡視整改進展情況的通報\n2019年10月16日至12月14日，省委第六巡視組對石橋縣"
                "開展了常規巡視。2020年1月10日，省委第六巡視組向縣委反饋了巡視意見。",
        "feedback": {("省委第六巡视组", "中共梅岭县委", "2020-01-09"), ("省委第六巡视组", "中共石桥县委", "2020-01-10")},
        "issued": "2020-04-28",
    },
    "two universities' reports: 向我院党委 / 向学校党委 is the one its paragraph names": {
        "text": "中共江北工业大学委员会关于专项巡视整改情况的通报\n2017年9月11日至10月31日，省委第八巡视组对江北工业大学党委进行了"
                "专项巡视，11月24日向学校党委反馈了巡视意见。\n中共江北师范学院委员会关于专项巡视整改情况的通报\n"
                "2017年9月12日至10月31日，省委第八巡视组对江北师范学院党委开展了专项巡视。11月25日，省委巡视组向我院党委反馈了"
                "专项巡视意见。",
        "feedback": {("省委第八巡视组", "江北工业大学党委", "2017-11-24"), ("省委第八巡视组", "江北师范学院党委", "2017-11-25")},
        "issued": "2018-03-02",
    },
    "negative: 向县委反馈 where the page names one county: the text's one (resolve completes it)": {
        "text": "中共梅岭县委关于巡视整改进展情况的通报\n省委第六巡视组对梅岭县进行了巡视，2020年1月9日向县委反馈了巡视意见。",
        "feedback": {("省委第六巡视组", "中共梅岭县委", "2020-01-09")},
        "issued": "2020-04-28",
    },
    # ---------------------------------------------------------------- a round's reports strung on one page: 我县, 本局 are each report's own
    "中共A县委关于…的通报 then 对我县…向县委反馈, for two counties: each report's own county": {
        "text": "中共檀源县委关于巡视整改进展情况的通报\n根据省委统一部署，2018年3月8日至5月3日，省委第一巡视组对我县开展了常规巡视。"
                "6月22日，省委第一巡视组向县委反馈了巡视意见。\n中共棠阳县委关于巡视整改进展情况的通报\n2018年3月7日至4月26日，"
                "省委第六巡视组对我县开展了常规巡视。5月10日，省委第六巡视组向县委反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "中共檀源县委", "2018-06-22"), ("省委第六巡视组", "中共棠阳县委", "2018-05-10")},
        "issued": "2018-10-06",
    },
    "the same in Traditional for two bureaus (對本局進行了巡視，向本局反饋) and a university (對學校進行了巡視)": {
        "text": "中共省體育局黨組關於巡視整改進展情況的通報\n省委第一巡視組於2018年3月至4月對本局進行了巡視，於6月12日向本局反饋了巡視意見。\n"
                "中共省地質礦產勘查開發局黨組關於巡視整改進展情況的通報\n省委第四巡視組於2018年3月8日至4月24日對本局進行了巡視，於5月11日"
                "向本局反饋了巡視意見。\n中共江北農業大學黨委關於巡視整改進展情況的通報\n省委第二巡視組於2018年3月5日至4月21日對學校進行了"
                "巡視，於2018年5月9日向學校反饋了巡視意見。",
        "feedback": {("省委第一巡视组", "中共省体育局党组", "2018-06-12"), ("省委第四巡视组", "中共省地质矿产勘查开发局党组", "2018-05-11"),
                     ("省委第二巡视组", "中共江北农业大学党委", "2018-05-09")},
        "issued": "2018-10-06",
    },
    "【A】 / A市： heading each unit's paragraph of a round's rectification news: the heading's unit": {
        "text": "十一届省委第四轮巡视整改进展情况公布\n槐源市：省委第一巡视组对我市进行了巡视，2019年10月30日向市委反馈了巡视意见。\n"
                "黛口市：省委第二巡视组对我市进行了巡视，2019年10月28日向市委反馈了巡视意见。\n"
                "【岭东港口集团有限公司】省委第二巡视组对集团公司进行了巡视，2019年10月29日向集团公司反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "槐源市委", "2019-10-30"), ("省委第二巡视组", "黛口市委", "2019-10-28"),
                     ("省委第二巡视组", "岭东港口集团有限公司", "2019-10-29")},
        "issued": "2020-01-06",
    },
    "negative: a page of one report: 对我县…向县委反馈 is the page's county as before": {
        "text": "中共檀源县委关于巡视整改进展情况的通报\n根据省委统一部署，省委第一巡视组对我县开展了常规巡视。6月22日，省委第一巡视组"
                "向县委反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "中共檀源县委", "2018-06-22")},
        "issued": "2018-10-06",
    },
    "中央巡视组近日亦已向A、B及C反馈，但官方未有公布具体组别: no team of the page's numbered ones": {
        "text": "6月6日至8日，中央巡视组陆续向18家金融机构党委反馈巡视情况。6月8日，中央第五巡视组向中国投资有限责任公司党委反馈；中央第六巡视组分别向中国信达资产管理股份有限公司党委和"
                "中国华融资产管理股份有限公司党委反馈。另据报道，中央巡视组近日亦已向中国东方资产管理股份有限公司、中国长城资产管理"
                "股份有限公司及中国光大集团股份公司3家单位党委反馈巡视意见，但官方未有公布具体组别及日期。",
        "feedback": {("中央第五巡视组", "中国投资有限责任公司党委", "2017-06-08"), ("中央第六巡视组", "中国信达资产管理股份有限公司党委", "2017-06-08"),
                     ("中央第六巡视组", "中国华融资产管理股份有限公司党委", "2017-06-08"), (None, "中国东方资产管理股份有限公司", None),
                     (None, "中国长城资产管理股份有限公司", None), (None, "中国光大集团股份公司", None)},
        "issued": "2017-06-10",
    },
    "A市委的通报则显示，T于12月16日向该市反馈意见: the city's committee the sentence named (Traditional)": {
        "text": "省委第一巡視組對臨川市進行了巡視，並於12月18日向臨川市委反饋了巡視意見。白沙市委的通報則顯示，省委第二巡視組於12月16日"
                "向該市反饋意見。",
        "feedback": {("省委第一巡视组", "临川市委", "2020-12-18"), ("省委第二巡视组", "白沙市委", "2020-12-16")},
        "issued": "2021-03-01",
    },
    "▲A（6月20日）⏎巡察指出…⏎▲B（6月21日）: headings of each unit's day over its paragraphs, under the lead that says so": {
        "text": "县委第二巡察组向县卫健局等3个单位党组织反馈巡察情况\n6月20日至22日，县委第二巡察组分别向县卫生健康局党组等3个单位党组织"
                "反馈巡察情况。\n▲县卫生健康局党组（6月20日）\n巡察指出，县卫健局党组一是履行监管职责不到位。\n▲县人民医院党委（6月21日）\n"
                "巡察发现，县人民医院存在重点学科建设滞后等问题。\n▲县妇幼保健院党支部（6月22日）\n巡察组指出，该单位医疗废物处置监管不到位。",
        "feedback": {("县委第二巡察组", "县卫生健康局党组", "2023-06-20"), ("县委第二巡察组", "县人民医院党委", "2023-06-21"),
                     ("县委第二巡察组", "县妇幼保健院党支部", "2023-06-22")},
        "issued": "2023-06-25",
    },
    "the same in Traditional with ■": {
        "text": "6月20日至21日，縣委第二巡察組分別向縣衛生健康局黨組等2個單位黨組織反饋巡察情況。\n■縣衛生健康局黨組（6月20日）\n"
                "巡察指出，縣衛健局黨組履行監管職責不到位。\n■縣人民醫院黨委（6月21日）\n巡察發現，縣人民醫院存在重點學科建設滯後等問題。",
        "feedback": {("县委第二巡察组", "县卫生健康局党组", "2023-06-20"), ("县委第二巡察组", "县人民医院党委", "2023-06-21")},
        "issued": "2023-06-25",
    },
    "negative: ▲A（6月20日） headings under a paragraph on no feedback: no feedback": {
        "text": "县委第二巡察组对县卫生健康系统开展了常规巡察。\n▲县卫生健康局党组（6月20日）\n召开巡察工作动员会。",
        "feedback": set(),
        "issued": "2023-06-25",
    },
    "一、T巡视单位⏎1.A市⏎…省委巡视组对市委进行了巡视…向市委反馈: the section's team and unit": {
        "text": "十届省委第十一轮巡视整改情况公开\n一、省委第二巡视组巡视单位\n1.荻渡市\n根据省委统一部署，2017年2月至4月，省委第二巡视组"
                "对我市开展了常规巡视。4月25日，省委第二巡视组向市委反馈了巡视意见。\n2.黛安市\n2017年2月23日至4月14日期间，省委巡视组对"
                "市委进行了巡视。5月24日，巡视组向市委反馈了巡视意见。\n二、省委第三巡视组巡视单位\n1.雁屿市\n2017年2月至4月期间，省委巡视组"
                "对市委进行了巡视。5月20日，巡视组向市委反馈了巡视意见。",
        "feedback": {("省委第二巡视组", "荻渡市委", "2017-04-25"), ("省委第二巡视组", "黛安市委", "2017-05-24"),
                     ("省委第三巡视组", "雁屿市委", "2017-05-20")},
        "issued": "2017-08-22",
    },
    "the same in Traditional for departments (對本廳開展了常規巡視)": {
        "text": "十屆省委第十一輪巡視整改情況公開\n一、省委第二巡視組巡視單位\n1.省審計廳\n省委巡視組2017年2月22日至4月21日對省審計廳開展巡視，5月21日向廳黨組反饋巡視意見。\n"
                "二、省委第三巡視組巡視單位\n1.省退役軍人事務廳\n2017年2月23日至4月23日，省委巡視組對本廳開展了常規巡視。5月28日，省委巡視組"
                "向廳黨組反饋了巡視意見。",
        "feedback": {("省委第二巡视组", "省审计厅", "2017-05-21"), ("省委第三巡视组", "省退役军人事务厅", "2017-05-28")},
        "issued": "2017-08-22",
    },
    "negative: 省委巡视组 on a page with one team heading: as written": {
        "text": "一、省委第二巡视组巡视单位\n省委巡视组2017年2月22日至4月21日对省审计厅开展巡视，5月21日向省审计厅党组反馈巡视意见。",
        "feedback": {("省委第二巡视组", "省审计厅党组", "2017-05-21")},
        "issued": "2017-08-22",
    },
    "negative: 8个巡察组分别向被巡察党组织反馈 under teams' headings: every team's, not the last heading's": {
        "text": "十四届市委第三轮巡察整改推进\n各巡察组巡察对象如下：\n市委第一巡察组\n市发展和改革委员会党组、市商务局党组\n市委第二巡察组\n"
                "市教育局党委、市民政局党组\n7月下旬，2个巡察组分别向被巡察党组织反馈了巡察意见。",
        "feedback": {("市委第一巡察组", "市发展和改革委员会党组", "2024-07"), ("市委第一巡察组", "市商务局党组", "2024-07"),
                     ("市委第二巡察组", "市教育局党委", "2024-07"), ("市委第二巡察组", "市民政局党组", "2024-07")},
        "issued": "2024-08-15",
    },
    "10日，T向A反馈，T向B反馈；11日，T向C反馈 (days alone, the page's month), after 按发布次序，": {
        "text": "按中纪委网站的发布次序，10日，中央第一巡视组向江北省委反馈，中央第二巡视组向西陵省委反馈；11日，中央第三巡视组向澜沧省委反馈；"
                "12日，中央第四巡视组向北原省委反馈。",
        "feedback": {("中央第一巡视组", "江北省委", "2016-08-10"), ("中央第二巡视组", "西陵省委", "2016-08-10"),
                     ("中央第三巡视组", "澜沧省委", "2016-08-11"), ("中央第四巡视组", "北原省委", "2016-08-12")},
        "issued": "2016-08-16",
    },
    "the same in Traditional, the first day opening the paragraph": {
        "text": "10日，中央第一巡視組向江北省委反饋；11日，中央第三巡視組向瀾滄省委反饋，中央第四巡視組向北原省委反饋。",
        "feedback": {("中央第一巡视组", "江北省委", "2016-08-10"), ("中央第三巡视组", "澜沧省委", "2016-08-11"),
                     ("中央第四巡视组", "北原省委", "2016-08-11")},
        "issued": "2016-08-16",
    },
    "negative: 共计10日，T向A反馈: a count of days after no comma is no date": {
        "text": "巡视共计10日，中央第一巡视组向江北省委反馈了巡视意见。",
        "feedback": {("中央第一巡视组", "江北省委", None)},
        "issued": "2016-08-16",
    },
    "A的通報，是…。通報指，T於12月17日反饋巡視意見後: the report's unit, the feedback said before 后，": {
        "text": "東川省委巡視整改曬成績單\n東川省農村信用社聯合社黨委的通報，是今輪整改通報中問責人數最多的一份。通報指，省委第六巡視組於"
                "12月17日反饋巡視意見後，聯社黨委成立了整改工作領導小組。",
        "feedback": {("省委第六巡视组", "东川省农村信用社联合社党委", "2020-12-17")},
        "issued": "2021-03-02",
    },
    "negative: T于…反馈意见后两个月内报送: a duty's time, no feedback": {
        "text": "被巡视党组织应当在省委第六巡视组于12月17日反馈意见后两个月内报送整改报告。",
        "feedback": set(),
        "issued": "2021-03-02",
    },
    "具體安排如下：⏎10月12日：A、B⏎10月13日：C (Traditional, a colon after each day)": {
        "text": "縣委第一巡察組完成巡察反饋\n青溪縣委第一巡察組分三天向被巡察黨組織反饋巡察情況，具體安排如下：\n"
                "10月12日：縣教育體育局黨組、縣衛生健康局黨組\n10月13日：縣市場監督管理局黨組、城關鎮黨委",
        "feedback": {("青溪县委第一巡察组", "县教育体育局党组", "2023-10-12"), ("青溪县委第一巡察组", "县卫生健康局党组", "2023-10-12"),
                     ("青溪县委第一巡察组", "县市场监督管理局党组", "2023-10-13"), ("青溪县委第一巡察组", "城关镇党委", "2023-10-13")},
        "issued": "2023-10-20",
    },
    "反馈名单及时间如下：⏎1. A（9月4日）⏎2. B（9月5日）: numbered rows, each unit's day in brackets": {
        "text": "区委巡察组完成本轮反馈\n9月4日至12日，区委第四巡察组分批向被巡察单位反馈巡察情况。反馈名单及时间如下：\n"
                "1. 区委办公室（9月4日）\n2. 区人大常委会办公室（9月4日）\n3. 区委组织部（9月5日）",
        "feedback": {("区委第四巡察组", "区委办公室", "2025-09-04"), ("区委第四巡察组", "区人大常委会办公室", "2025-09-04"),
                     ("区委第四巡察组", "区委组织部", "2025-09-05")},
        "issued": "2025-09-12",
    },
    "negative: 安排如下：⏎10月12日：A under a plan of what is to come (after the page's date): no feedback": {
        "text": "关于开展巡察反馈的通知\n县委第一巡察组将向被巡察党组织反馈巡察情况，具体安排如下：\n10月22日：县教育体育局党组、县卫生健康局党组",
        "feedback": set(),
        "issued": "2023-10-20",
    },
    "a column of titles, the same team's feedback in two rounds, each line with its listed date: two feedbacks, each unit's": {
        "text": "当前位置：首页 > 巡察工作 > 巡察动态\n·县委第二巡察组向青溪镇党委反馈巡察情况 2023-11-27\n"
                "11月24日，县委第二巡察组向青溪镇党委反馈巡察情况。\n·县委第一巡察组进驻县住房和城乡建设局党组开展巡察 2023-09-12\n"
                "·县委第二巡察组向县教育局党组反馈巡察情况 2023-05-26\n·县委第一巡察组向白沙乡党委反馈巡察情况 2023-05-25",
        "feedback": {("县委第二巡察组", "青溪镇党委", "2023-11-24"), ("县委第二巡察组", "县教育局党组", None),
                     ("县委第一巡察组", "白沙乡党委", None)},
        "issued": "2023-12-01",
    },
    "the same in Traditional, the dates in brackets after the titles, a title's summary under it": {
        "text": "首頁 > 巡察工作 > 工作動態\n區委第一巡察組向區審計局黨組反饋巡察情況（2022-06-30）\n區委巡察工作領導小組召開會議（2022-06-10）\n"
                "區委第一巡察組向區住房和城鄉建設局黨組反饋巡察情況（2021-11-15）\n2021年11月12日，區委第一巡察組向區住房和城鄉建設局黨組反饋巡察情況。",
        "feedback": {("区委第一巡察组", "区审计局党组", None), ("区委第一巡察组", "区住房和城乡建设局党组", "2021-11-12")},
        "issued": "2023-04-03",
    },
    "分别向25家金融单位党委（党组）反馈了巡视情况，其中包括A、B及C等: those units (a range of days, no one day)": {
        "text": "中央巡视组向25金融单位反馈\n中纪委网站消息显示，中央巡视组2月8日至11日分别向25家金融单位党委（党组）反馈了巡视情况，其中包括"
                "国家金融稳定局、中国长河银行及国家外贸信用保险公司等。",
        "feedback": {("中央巡视组", "国家金融稳定局", None), ("中央巡视组", "中国长河银行", None), ("中央巡视组", "国家外贸信用保险公司", None)},
        "issued": "2022-02-15",
    },
    "中央巡视组去年9月向这些单位反馈巡视意见，这20个单位分别为：A、B…: the units the sentence lists after": {
        "text": "中纪委集中公布20单位巡视整改进展\n【本报讯】中央纪委国家监委网站昨日集中公布十九届中央第十轮巡视20个单位党组织的整改进展情况。"
                "中央巡视组去年9月向这些单位反馈巡视意见，这20个单位分别为：江淮省委、北岳省委，以及国家药品审评局党组。",
        "feedback": {("中央巡视组", "江淮省委", "2022-09"), ("中央巡视组", "北岳省委", "2022-09"), ("中央巡视组", "国家药品审评局党组", "2022-09")},
        "issued": "2023-02-10",
    },
}
