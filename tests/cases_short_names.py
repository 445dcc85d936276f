"""Short names a page defines for an organisation (中国第一汽车集团公司(以下简称一汽)): text → the facts it must give.
The bracket is no part of the name it follows; the short name, written alone later, names the same organisation
and is one of its aliases. Simplified and Traditional side by side, negative phrasings in the same table, keys as
in cases_dense.py. Every text is written for this table.
"""
from __future__ import annotations

CASES: dict[str, dict] = {
    # ---------------------------------------------------------------- short names written without a definition
    "a headline's short names and the body's full names are one inspection of each unit (Traditional)": {
        "text": "集團黨委第一巡視組進駐西北新能源公司、儲運公司開展巡視\n"
                "6月3日起,集團黨委第一巡視組對華嶽能源集團西北新能源有限公司黨委、華嶽儲運有限公司黨委開展為期約2個月的常規巡視。",
        "inspections": {("集团党委第一巡视组", "华岳能源集团西北新能源有限公司党委"), ("集团党委第一巡视组", "华岳储运有限公司党委")},
    },
    # ---------------------------------------------------------------- the definition in a feedback statement
    "以下简称 after the target of a feedback, the short name in the inspection": {
        "text": "10月29日,中央第八巡视组向中国华岳重型机械集团公司(以下简称华岳重机)反馈专项巡视情况。"
                "根据中央统一部署,2024年7月2日至8月30日,中央第八巡视组对华岳重机开展了专项巡视。",
        "inspections": {("中央第八巡视组", "中国华岳重型机械集团公司")},
        "dates": {"中国华岳重型机械集团公司": ("2024-07-02", "2024-08-30")},
        "feedback": {("中央第八巡视组", "中国华岳重型机械集团公司", "2024-10-29")},
        "aliases": {"中国华岳重型机械集团公司": "华岳重机"},
    },
    "以下簡稱 after the target of a feedback (Traditional)": {
        "text": "10月29日,中央第八巡視組向中國華岳重型機械集團公司(以下簡稱華岳重機)反饋專項巡視情況。"
                "根據中央統一部署,2024年7月2日至8月30日,中央第八巡視組對華岳重機開展了專項巡視。",
        "inspections": {("中央第八巡视组", "中国华岳重型机械集团公司")},
        "feedback": {("中央第八巡视组", "中国华岳重型机械集团公司", "2024-10-29")},
        "aliases": {"中国华岳重型机械集团公司": "华岳重机"},
    },
    "简称 in quotes, full-width brackets, with its party body after the bracket": {
        "text": "2024年5月10日,省委第三巡视组向青石市交通投资集团有限公司（简称“青石交投”）党委反馈巡视情况。",
        "inspections": {("省委第三巡视组", "青石市交通投资集团有限公司党委")},
        "feedback": {("省委第三巡视组", "青石市交通投资集团有限公司党委", "2024-05-10")},
    },
    "下称 in a city's inspection; the short name with its party body later": {
        "text": "2023年4月6日至6月5日,市委第二巡察组对市住房和城乡建设局(下称市住建局)开展了常规巡察。"
                "7月12日,市委第二巡察组向市住建局党组反馈巡察情况。",
        "inspections": {("市委第二巡察组", "市住房和城乡建设局")},
        "feedback": {("市委第二巡察组", "市住房和城乡建设局", "2023-07-12")},  # (its party body's: the unit's inspection's)
    },
    # ---------------------------------------------------------------- the definition in an inspection statement
    "以下简称 after a university inspected, the short name in the feedback (Traditional)": {
        "text": "2022年3月1日至4月30日,省委第五巡視組對臨江師範大學(以下簡稱臨師大)進行了常規巡視。"
                "6月20日,省委第五巡視組向臨師大黨委反饋巡視情況。",
        "inspections": {("省委第五巡视组", "临江师范大学")},
        "feedback": {("省委第五巡视组", "临江师范大学", "2022-06-20")},
        "aliases": {"临江师范大学": "临师大"},
    },
    # ---------------------------------------------------------------- negatives
    "negative: a short name that is a kind of unit (学校) names no other unit": {
        "text": "2023年9月,省委第一巡视组对临江职业技术学院(以下简称“学校”)开展了常规巡视。",
        "inspections": {("省委第一巡视组", "临江职业技术学院")},
        "not_targets": {"学校"},
    },
    "negative: the short name of a team is no organisation": {
        "text": "省委第四巡视组(以下简称巡视组)于2023年3月6日进驻青石市。巡视组对青石市委开展了常规巡视。",
        "not_targets": {"巡视组", "省委第四巡视组"},
    },
    "negative: a short name used without a definition is no target": {
        "text": "2024年7月2日至8月30日,中央第八巡视组对华岳重机开展了专项巡视。",
        "no_facts_but_teams": True,
    },
    "negative: a committee's organ by its full name (区委办公室) is no short form of another unit whose characters hold it (区人大常委会办公室)": {
        "text": "区委第五轮巡察整改情况汇总公示\n序号\t被巡察单位\t巡察组\t反馈问题（个）\n1\t区委办公室\t区委第一巡察组\t21\n"
                "2\t区人大常委会办公室\t区委第一巡察组\t18\n3\t区政协办公室\t区委第一巡察组\t17\n",
        "inspections": {("区委第一巡察组", "区委办公室"), ("区委第一巡察组", "区人大常委会办公室"), ("区委第一巡察组", "区政协办公室")},
    },
    "the same in Traditional, in prose (縣委辦公室 and 縣人大常委會辦公室, each inspected by its own team)": {
        "text": "縣委第二巡察組對縣委辦公室開展了常規巡察。縣委第三巡察組對縣人大常委會辦公室開展了常規巡察。",
        "inspections": {("县委第二巡察组", "县委办公室"), ("县委第三巡察组", "县人大常委会办公室")},
    },
    # ---------------------------------------------------------------- known short names of national bodies (kg/lexicon/known_short_names.txt)
    "a known short name in the lead, the full name in a team's paragraph: one inspection, of the full name": {
        "text": "中央第二轮巡视全面展开\n　　13个中央巡视组已全部进驻，对国家体育总局、中国科协开展专项巡视。\n"
                "　　中央第十三巡视组对国家体育总局、中国科学技术协会开展专项巡视。",
        "inspections": {("中央第十三巡视组", "国家体育总局"), ("中央第十三巡视组", "中国科学技术协会")},
        "issued": "2015-07-04",
    },
    "the same in Traditional, 全國婦聯 in the lead, 中華全國婦女聯合會 in the team's paragraph": {
        "text": "中央第三輪巡視全面展開\n　　中央巡視組對中華全國總工會、全國婦聯開展專項巡視。\n"
                "　　中央第十巡視組對中華全國總工會、中華全國婦女聯合會開展專項巡視。",
        "inspections": {("中央第十巡视组", "中华全国总工会"), ("中央第十巡视组", "中华全国妇女联合会")},
        "issued": "2015-11-04",
    },
    "negative: a known short name alone on its page stays as written (no full name the page does not write)": {
        "text": "中央第二轮巡视全面展开\n　　中央第十三巡视组对国家体育总局、中国科协开展专项巡视。",
        "inspections": {("中央第十三巡视组", "国家体育总局"), ("中央第十三巡视组", "中国科协")},
        "issued": "2015-07-04",
    },
    # ---------------------------------------------------------------- a group's short name beside its registered name
    "the registered name in the lead, the group's short name and its 党委 in a team's paragraph: one unit": {
        "text": "省委巡视组向2家省属企业党委反馈巡视情况\n　　2017年3月至5月，省委巡视组对江苏省国信集团有限公司、江苏交通控股有限公司等2家省属企业党委"
                "开展了专项巡视。\n　　省委第一巡视组指出，国信集团党委学习贯彻党中央决策部署不够深入；境外投资风险防控存在漏洞。",
        "inspections": {("江苏省委第一巡视组", "江苏省国信集团有限公司"), ("江苏省委巡视组", "江苏交通控股有限公司")},
        "issued": "2017-07-18",
    },
    "the same in Traditional, 省國貿集團黨委 beside 浙江省國際貿易集團有限公司": {
        "text": "省委巡視組向2家省屬企業黨委反饋巡視情況\n　　2017年3月至5月，省委巡視組對浙江省國際貿易集團有限公司、浙江省海港投資運營集團有限公司"
                "等2家省屬企業黨委開展了專項巡視。\n　　省委第三巡視組指出，省國貿集團黨委對下屬企業管黨治黨指導督促不夠。",
        "not_targets": {"省国贸集团党委"},
        "issued": "2017-07-18",
    },
    "a group written without its registered tail or a body (A集团通报称 beside A集团有限公司): one unit": {
        "text": "12家央企公布巡视整改进展\n　　中央纪委国家监委网站集中公布了中央第三轮巡视的2家中管企业党组织关于巡视整改进展情况的通报，"
                "包括中国云岭铝业集团有限公司、中国南屏建材集团有限公司。\n　　其中，中国云岭铝业集团通报称，巡视反馈的56个问题中，已完成整改51个。",
        "inspections": {(None, "中国云岭铝业集团有限公司"), (None, "中国南屏建材集团有限公司")},
        "not_targets": {"中国云岭铝业集团"},
        "issued": "2024-08-24",
    },
    "the same in Traditional, A集團通報稱 beside A集團股份有限公司": {
        "text": "央企公佈巡視整改進展\n　　中央紀委國家監委網站集中公佈了中央第三輪巡視的2家中管企業黨組織關於巡視整改進展情況的通報，"
                "包括中國嘉灣物流集團股份有限公司、中國澄灣船舶集團有限公司。\n　　其中，中國嘉灣物流集團通報稱，已完成整改問題38個。",
        "inspections": {(None, "中国嘉湾物流集团股份有限公司"), (None, "中国澄湾船舶集团有限公司")},
        "not_targets": {"中国嘉湾物流集团"},
        "issued": "2024-08-24",
    },
    "negative: a group written alone, its registered name not on the page, stays as written": {
        "text": "央企公布巡视整改进展\n　　中央纪委国家监委网站集中公布了中央第三轮巡视的中管企业巡视整改进展情况。\n"
                "　　其中，中国云岭铝业集团通报称，已完成整改问题38个。",
        "inspections": {(None, "中国云岭铝业集团")},
        "issued": "2024-08-24",
    },
    "集团公司党委 beside the registered name without a body (T向A集团反馈 … 向集团公司党委通报): one unit": {
        "text": "省委第四巡视组向山北焦煤集团反馈巡视情况\n　　2015年4月7日至6月7日，省委第四巡视组对山北焦煤集团有限责任公司进行了专项巡视。"
                "7月29日，省委第四巡视组向山北焦煤集团反馈了巡视情况。省委第四巡视组组长向集团公司党委主要负责同志通报了巡视情况，"
                "并向集团公司领导班子反馈了巡视情况。",
        "inspections": {("省委第四巡视组", "山北焦煤集团有限责任公司")},
        "not_targets": {"集团公司党委"},
        "issued": "2015-07-31",
    },
    "the same in Traditional, 集團公司黨委 beside A集團股份有限公司": {
        "text": "省委第二巡視組向東江建工集團反饋巡視情況\n　　省委第二巡視組對東江建工集團股份有限公司進行了常規巡視。8月3日，省委第二巡視組"
                "向集團公司黨委反饋了巡視情況。",
        "not_targets": {"集团公司党委"},
        "issued": "2019-08-05",
    },
    "the headline's 中国证监会党委 beside the body's 中国证券监督管理委员会 and 证监会党委: one unit": {
        "text": "中央第二巡视组向中国证监会党委反馈专项巡视情况\n　　2015年11月至12月，中央第二巡视组对中国证券监督管理委员会进行了专项巡视。"
                "2月4日，中央第二巡视组向证监会党委反馈专项巡视情况。",
        "inspections": {("中央第二巡视组", "中国证券监督管理委员会")},
        "not_targets": {"中国证监会党委", "证监会党委"},
        "issued": "2016-02-05",
    },
    "the same in Traditional, 中國銀保監會黨委 beside 中國銀行保險監督管理委員會": {
        "text": "中央第十一巡視組向中國銀保監會黨委反饋巡視情況\n　　中央第十一巡視組對中國銀行保險監督管理委員會黨委開展了常規巡視。",
        "not_targets": {"中国银保监会党委"},
        "issued": "2022-01-05",
    },
}
