"""Round-ups of many inspections and pages reprinted with inline pinyin (the constructions of tests/genre_i, in
their forms at every level): text → the facts it must give. Simplified and Traditional side by side, negative
phrasings in the same table. Every text is written for this table.

The rows at the end are the constructions of tests/genre_aj, genre_ak and genre_al: a team alone on its line and its
units beneath it, counts of one period dating the teams' inspections, every team's feedback said done, the units
that published listed after 分别是 or by kind, a team's inspection of 上述N家, the units a count stands for listed
under 反馈对象:.

Keys, all optional:

- ``inspections``: set of (team, target): exactly these (team None where the text names none);
- ``dates``: {target: (start, end)} of the inspections of that target;
- ``modes``: {target: mode} of the inspections of that target;
- ``feedback``: set of (team, target, date): exactly these, as the scorer reads them;
- ``counts``: {reported/rectified/ongoing: n} stated for the round (on the document or its only inspection);
- ``posts``: set of (person, role, organisation) that must be among the memberships (organisation None: any);
- ``not_posts``: set of (person, role, organisation) that must not;
- ``people``: names that must be found; ``teams``: team names that must be found;
- ``team_aliases``: {team name: a name it must also carry};
- ``not_feedback_targets``: targets no feedback may have;
- ``issued``: the page's publication date.
"""
from __future__ import annotations

CASES: dict[str, dict] = {
    "公布…整改情况，首批包括A、B…H等8个省级党委 (a list of any length closed by its count)": {
        "text": "中共公布8省区巡视整改\n中纪委网站昨（2）日起陆续公布中央第八轮巡视的整改情况，首批包括鹤川省委、苍梧省委、沧澜省委、玉屏省委、云岭省委、"
                "朔方自治区党委、澜江省委及渤东省委等8个省级党委。",
        "inspections": {(None, u) for u in ("鹤川省委", "苍梧省委", "沧澜省委", "玉屏省委", "云岭省委", "朔方自治区党委", "澜江省委", "渤东省委")},
        "issued": "2016-03-03",
    },
    "the same in Traditional, 其中包括A、B…G等7家中管企業": {
        "text": "中紀委公佈整改進展\n中紀委網站公佈了中央第三輪巡視的整改進展，其中包括南嶺航運集團、東川電力集團、北漠煤業集團、西岚鋼鐵集團、"
                "青州建工集團、雲岡礦業集團及瀾江化工集團等7家中管企業。",
        "inspections": {(None, u) for u in ("南岭航运集团", "东川电力集团", "北漠煤业集团", "西岚钢铁集团", "青州建工集团", "云冈矿业集团",
                                            "澜江化工集团")},
        "issued": "2016-03-03",
    },
    "总署党委第一巡视组进驻南岭海关和青州海关 (customs houses and prisons as units)": {
        "text": "巡视组进驻直属海关\n其中，总署党委第一巡视组进驻南岭海关和青州海关，总署党委第二巡视组进驻北山监狱。",
        "inspections": {("总署党委第一巡视组", "南岭海关"), ("总署党委第一巡视组", "青州海关"), ("总署党委第二巡视组", "北山监狱")},
        "issued": "2019-05-21",
    },
    "T于12月2日向A反馈…，并同时向A所属B反馈了延伸巡视情况: B inspected too (its inspection extended to it)": {
        "text": "省委巡视组反馈专项巡视情况\n对省农村信用社联合社开展专项巡视的省委第八巡视组，于12月2日向省农村信用社联合社党委反馈巡视情况，"
                "并同时向省联社所属青田农商银行党委反馈了延伸巡视情况。",
        "inspections": {("省委第八巡视组", "省农村信用社联合社党委"), ("省委第八巡视组", "青田农商银行党委")},
        "issued": "2024-12-06",
    },
    "the same in Traditional, 一併向其所屬B反饋了延伸巡察情況": {
        "text": "市委巡察組反饋\n對市交通投資集團有限公司黨委開展常規巡察的市委第二巡察組，於5月6日向市交通投資集團有限公司黨委反饋巡察情況，"
                "並一併向集團所屬市公交有限公司黨支部反饋了延伸巡察情況。",
        "inspections": {("市委第二巡察组", "市交通投资集团有限公司党委"), ("市委第二巡察组", "市公交有限公司党支部")},
        "issued": "2024-05-20",
    },
    "T2进驻X系统开展常规巡察。此次巡察的对象为…8家单位党组织，包括A、B…。同日，T1进驻C: the list is T2's (a page of two teams)": {
        "text": "县委巡察组进驻县卫健系统开展巡察\n9月5日，县委第二巡察组进驻县卫生健康系统开展常规巡察。此次巡察的对象为县卫健系统3家单位党组织，"
                "包括县卫生健康局党组、县人民医院党委和县中医院党委。同日，县委第一巡察组进驻县医疗保障局党组开展巡察。",
        "inspections": {("县委第二巡察组", "县卫生健康局党组"), ("县委第二巡察组", "县人民医院党委"), ("县委第二巡察组", "县中医院党委"),
                        ("县委第一巡察组", "县医疗保障局党组")},
        "issued": "2022-09-06",
    },
    "the same in Traditional, 本次巡察的對象為…2個單位黨組織，包括A、B": {
        "text": "市委巡察組進駐\n市委第三巡察組進駐市教育系統開展常規巡察。本次巡察的對象為市教育系統2個單位黨組織，包括市教育局黨組、市第一中學黨委。"
                "同日，市委第一巡察組進駐市體育局黨組。",
        "inspections": {("市委第三巡察组", "市教育局党组"), ("市委第三巡察组", "市第一中学党委"), ("市委第一巡察组", "市体育局党组")},
        "issued": "2022-09-06",
    },
    "T完成对市级群团组织6个单位党组织的巡察…本轮被巡察的群团组织包括A…F: the six, the team's (the count gone)": {
        "text": "市委第七巡察组完成对群团组织巡察\n11月30日，市委第七巡察组完成对市级群团组织6个单位党组织的常规巡察，相关巡察报告已提交市委巡察工作领导小组审议。"
                "本轮被巡察的群团组织包括市总工会党组、团市委、市妇联党组、市科协党组、市侨联党组和市残联党组。",
        "inspections": {("市委第七巡察组", u) for u in ("市总工会党组", "团市委", "市妇联党组", "市科协党组", "市侨联党组", "市残联党组")},
        "teams": {"市委第七巡察组"},
        "issued": "2022-12-02",
    },
    "the same in Traditional, 市直機關3個部門 … 被巡察的機關包括A、B、C": {
        "text": "縣委第一巡察組完成巡察\n縣委第一巡察組完成對縣直機關3個部門黨組的常規巡察。本輪被巡察的機關包括縣財政局黨組、縣審計局黨組和縣統計局黨組。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第一巡察组", "县统计局党组")},
        "issued": "2022-12-02",
    },
    "此外，A和B的通报亦已公布 (no 整改 in the sentence, a page on rectification): units inspected, no team": {
        "text": "省直单位晒巡视整改清单\n东川省审计厅党组的通报显示，省委第三巡视组于6月21日向审计厅党组反馈巡视意见。\n"
                "此外，东川省统计局党组和中共东川省委党校的通报亦已公布。",
        "inspections": {("省委第三巡视组", "东川省审计厅党组"), (None, "东川省统计局党组"), (None, "中共东川省委党校")},
        "issued": "2019-12-18",
    },
    "the same in Traditional, A的通報也已於近日發布": {
        "text": "央企曬巡視整改成績單\n南嶺航運集團有限公司黨委的通報也已於近日公布。",
        "inspections": {(None, "南岭航运集团有限公司党委")},
        "issued": "2019-12-18",
    },
    "negative: 市纪委监委的通报已公布 on a page on discipline cases (no inspection, no rectification)": {
        "text": "市纪委监委通报3起违反中央八项规定精神问题\n近日，市纪委监委的通报已公布，涉及违规吃喝等问题。",
        "inspections": set(),
        "issued": "2019-12-18",
    },
    "T对区属9所中小学校党组织开展巡察 … 向A、B…(7 of 9, no name ends in the kind) 反馈: those units": {
        "text": "区委第二巡察组向区属学校反馈巡察意见\n区委第二巡察组对区属9所中小学校党组织开展巡察后，陆续进行了巡察反馈。"
                "10月9日，区委第二巡察组向区实验小学党支部反馈巡察意见。10月10日，区委第二巡察组向区第二中学党总支、区滨江小学党支部反馈巡察意见。"
                "10月11日，区委第二巡察组向区外国语学校党总支、区育才中学党总支反馈巡察意见。10月12日，区委第二巡察组向区城南小学党支部、"
                "区新华路小学党支部反馈巡察意见。",
        "inspections": {("区委第二巡察组", u) for u in ("区实验小学党支部", "区第二中学党总支", "区滨江小学党支部", "区外国语学校党总支",
                                                       "区育才中学党总支", "区城南小学党支部", "区新华路小学党支部")},
        "issued": "2022-10-14",
    },
    "negative: 对河湾镇党委及所辖11个村（社区）党组织 … 向镇党委和站所党组织反馈: the villages' count stays, no other unit joins it": {
        "text": "县委第三巡察组反馈\n2024年9月10日至11月8日，县委第三巡察组对河湾镇党委及所辖11个村（社区）党组织开展了常规巡察。"
                "12月18日，县委第三巡察组分别向镇党委领导班子和被巡察的站所党组织反馈了巡察意见。",
        "inspections": {("县委第三巡察组", "河湾镇党委"), ("县委第三巡察组", "所辖11个村(社区)党组织")},
        "issued": "2024-12-30",
    },
    "县委第五巡察组深入龙潭镇，逐村召开反馈会: 逐村 is no unit (the count the only target)": {
        "text": "龙潭镇村级巡察反馈\n6月9日至13日，县委第五巡察组深入龙潭镇，逐村召开村级巡察反馈会，向龙潭镇20个村党支部反馈巡察意见。",
        "inspections": {("县委第五巡察组", "龙潭镇20个村党支部")},
        "issued": "2023-06-20",
    },
    "T对市直18个单位党组织开展了巡察 … 反馈安排如下 names 14 of them: those units, the count gone": {
        "text": "市委第一巡察组向18个单位党组织反馈巡察情况\n市委第一巡察组于5月至6月对市直18个单位党组织开展了常规巡察。8月28日至30日，巡察组分三天向被巡察党组织反馈巡察情况。"
                "8月28日，市委第一巡察组向市司法局党组、市信访局党组、市统计局党组、市审计局党组、市机关事务管理局党组反馈巡察情况。"
                "8月29日，市委第一巡察组向市生态环境局党组、市林业局党组、市体育局党组、市医疗保障局党组、市文化广电旅游局党组反馈巡察情况。",
        "inspections": {("市委第一巡察组", u) for u in ("市司法局党组", "市信访局党组", "市统计局党组", "市审计局党组", "市机关事务管理局党组",
                                                       "市生态环境局党组", "市林业局党组", "市体育局党组", "市医疗保障局党组", "市文化广电旅游局党组")},
        "issued": "2023-09-01",
    },
    "the same in Traditional, 區教育、衛健系統11個基層黨組織 and nine of them named": {
        "text": "區委第一巡察組向11個黨組織反饋巡察情況\n2022年3月1日至4月15日，區委第一巡察組對區教育、衛健系統11個基層黨組織開展了常規巡察。"
                "5月18日，區委第一巡察組向區實驗小學黨支部、區職業中專黨支部、區幼兒園黨支部反饋巡察情況。5月19日，區委第一巡察組向區中醫院黨總支、"
                "區婦幼保健院黨支部、區疾病預防控制中心黨支部、城關鎮衛生院黨支部、河口鎮衛生院黨支部、區衛生監督所黨支部反饋巡察情況。",
        "inspections": {("区委第一巡察组", u) for u in ("区实验小学党支部", "区职业中专党支部", "区幼儿园党支部", "区中医院党总支",
                                                       "区妇幼保健院党支部", "区疾病预防控制中心党支部", "城关镇卫生院党支部",
                                                       "河口镇卫生院党支部", "区卫生监督所党支部")},
        "issued": "2022-05-20",
    },
    "对18个单位党组织开展了巡察 … 向A、B反馈 (two of eighteen): the count, and those two of them": {
        "text": "市委第一巡察组反馈\n市委第一巡察组于5月至6月对18个单位党组织开展了常规巡察。8月28日，市委第一巡察组向市司法局党组、市信访局党组反馈巡察情况。",
        "inspections": {("市委第一巡察组", "18个单位党组织"), ("市委第一巡察组", "市司法局党组"), ("市委第一巡察组", "市信访局党组")},
        "issued": "2023-09-01",
    },
    "the same in Traditional, 18個單位 and one of them": {
        "text": "市委第一巡察組反饋\n市委第一巡察組於5月至6月對18個單位黨組織開展了常規巡察。8月28日，市委第一巡察組向市司法局黨組反饋巡察情況。",
        "inspections": {("市委第一巡察组", "18个单位党组织"), ("市委第一巡察组", "市司法局党组")},
        "issued": "2023-09-01",
    },
    "T对市卫健系统3个单位党组织开展了巡察 … then its feedback day by day names them: the units, not the count": {
        "text": "市委第三巡察组完成对卫健系统巡察反馈\n市委第三巡察组于3月6日至4月20日对市卫健系统3个单位党组织开展了常规巡察。"
                "5月8日，市委第三巡察组向市卫生健康委员会党组反馈巡察情况。5月9日，市委第三巡察组向市人民医院党委反馈巡察情况。"
                "5月10日，市委第三巡察组向市疾病预防控制中心党支部反馈巡察情况。",
        "inspections": {("市委第三巡察组", "市卫生健康委员会党组"), ("市委第三巡察组", "市人民医院党委"),
                        ("市委第三巡察组", "市疾病预防控制中心党支部")},
        "issued": "2024-05-12",
    },
    "the same in Traditional, 縣直3個單位 (a level's own units) counted": {
        "text": "縣委第一巡察組完成反饋\n縣委第一巡察組於9月對縣直3個單位黨組織開展了巡察。11月2日，縣委第一巡察組向縣財政局黨組反饋巡察情況。"
                "11月3日，縣委第一巡察組向縣審計局黨組反饋巡察情況。11月4日，縣委第一巡察組向縣統計局黨組反饋巡察情況。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第一巡察组", "县统计局党组")},
        "issued": "2023-11-10",
    },
    "negative: 对宣传文化系统5个单位党组织开展了巡察 and no unit named: the count stays the one target": {
        "text": "区委第二巡察组进驻宣传文化系统\n区委第二巡察组于4月对宣传文化系统5个单位党组织开展了常规巡察。",
        "inspections": {("区委第二巡察组", "宣传文化系统5个单位党组织")},
        "issued": "2024-04-20",
    },
    "去年中央第十轮巡视…，巡视组反馈后 … T向A反馈: 去年 is no part of the round's committee": {
        "text": "央企晒整改成绩单\n据中纪委网站资料，去年中央第十轮巡视对多家央企进行了常规巡视，巡视组反馈后，各企业须在两个月内报送整改报告。\n\n"
                "甲钢铁集团有限公司党委在通报中指出，2023年6月2日，中央第六巡视组向甲钢铁集团有限公司党委反馈了巡视意见。",
        "inspections": {("中央第六巡视组", "甲钢铁集团有限公司党委")},
        "teams": {"中央第六巡视组"},
        "issued": "2024-03-02",
    },
    "the same in Traditional, 前年中央第九輪巡視": {
        "text": "央企整改通報陸續公佈\n前年中央第九輪巡視對多家央企進行了巡視，巡視組反饋後，各企業須報送整改報告。\n\n"
                "南嶺航運集團有限公司黨委在通報中指出，2022年5月9日，中央第四巡視組向南嶺航運集團有限公司黨委反饋了巡視意見。",
        "inspections": {("中央第四巡视组", "南岭航运集团有限公司党委")},
        "teams": {"中央第四巡视组"},
        "issued": "2024-03-02",
    },
    # ---------------------------------------------------------------- the space a reprint leaves after a pinyin annotation
    "a space after an annotation inside a post and a team's name (Traditional)": {
        "text": "10月21日,中央第二巡視(shì) 組向甲省委反饋巡視情況。組(zǔ) 長(zhǎng)周立新分別向甲省委主要負責同志反饋了巡視情況。",
        "teams": {"中央第二巡视组"},
        "posts": {("周立新", "组长", "中央第二巡视组")},
        "feedback": {("中央第二巡视组", "甲省委", "2025-10-21")},
        "issued": "2025-10-25",
    },
    "a reader's tone-number pinyin in square brackets after every word ([拼音版] 显示声调数字), a table's cells apart by a space": {
        "text": "[拼音版] 宝鸡廉政网\n十三届[shi2 san1 jie4]市委[shi4 wei3]第三轮[di4 san1 lun2]巡察[xun2 cha2]全面[quan2 mian4]进驻[jin4 zhu4]\n"
                "　　巡察组[xun2 cha2 zu3]别[bie2]　被[bei4]巡察[xun2 cha2]单位[dan1 wei4]\n"
                "　　市委[shi4 wei3]第一[di4 yi1]巡察组[xun2 cha2 zu3]　市[shi4]统计局[tong3 ji4 ju2]党组[dang3 zu3]、市[shi4]审计局[shen3 ji4 ju2]党组[dang3 zu3]\n"
                "　　市委[shi4 wei3]第二[di4 er4]巡察组[xun2 cha2 zu3]　市[shi4]教育局[jiao4 yu4 ju2]党委[dang3 wei3]\n",
        "normalised": ["十三届市委第三轮巡察全面进驻", "市委第一巡察组 市统计局党组、市审计局党组"],
        "inspections": {("市委第一巡察组", "市统计局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市教育局党委")},
        "issued": "2018-03-23",
    },
    "tone-number pinyin in 〔〕 with a word's syllables run together (省委〔sheng3wei3〕), a neutral tone unnumbered (的[de])": {
        "text": "省委第七巡视组〔sheng3wei3 di4qi1 xun2shi4zu3〕向〔xiang4〕华南师范大学党委〔hua2nan2 shi1fan4da4xue2 dang3wei3〕"
                "反馈〔fan3 kui4〕巡视〔xun2 shi4〕情况〔qing2 kuang4〕\n8月〔yue4〕24日〔ri4〕，省委第七巡视组〔sheng3wei3 di4qi1 xun2shi4zu3〕"
                "向〔xiang4〕华南师范大学党委〔hua2nan2 shi1fan4da4xue2 dang3wei3〕反馈〔fan3 kui4〕了[le]巡视的[de]情况〔qing2 kuang4〕。",
        "normalised": ["省委第七巡视组向华南师范大学党委反馈了巡视的情况"],
        "feedback": {("省委第七巡视组", "华南师范大学党委", "2023-08-24")},
        "issued": "2023-08-26",
    },
    "a word's pinyin after it and a space, a name's capitalised (中央第三巡视组 Zhōngyāng Dìsān Xúnshìzǔ 向 xiàng …)": {
        "text": "中央巡视组反馈专项巡视情况\nzhōngyāng xúnshìzǔ fǎnkuì zhuānxiàng xúnshì qíngkuàng\nIntermediate · Published 2019-01-29\n"
                "1月 yuè 25日 rì ，中央第三巡视组 Zhōngyāng Dìsān Xúnshìzǔ 向 xiàng 河北省委 Héběi Shěngwěi 反馈 fǎnkuì 了 le "
                "脱贫 tuōpín 攻坚 gōngjiān 专项 zhuānxiàng 巡视 xúnshì 情况 qíngkuàng 。",
        "normalised": ["中央第三巡视组向河北省委反馈了脱贫攻坚专项巡视情况", "Intermediate"],
        "feedback": {("中央第三巡视组", "河北省委", "2019-01-25")},
        "issued": "2019-01-29",
    },
    "a long name's pinyin run together in one bracket (湖南师范大学(húnánshīfàndàxué)), in Traditional too": {
        "text": "十一屆省委第二輪巡視完成進駐\n省委第二巡視組巡視省教育廳黨組、湖南師範大學(húnánshīfàndàxué)黨委；\n"
                "省委第五巡视组巡视省国土资源厅(guótǔzīyuántīng)党组。\n见附件[2]。",
        "normalised": ["湖南师范大学党委", "省国土资源厅党组", "见附件[2]"],
        "inspections": {("湖南省委第二巡视组", "省教育厅党组"), ("湖南省委第二巡视组", "湖南师范大学党委"),
                        ("湖南省委第五巡视组", "省国土资源厅党组")},
        "issued": "2017-04-11",
    },
    "a space after an annotation in a Simplified page with pinyin, a city's team": {
        "text": "5月8日,市委第三巡(xún) 察组向甲县委反馈巡察情况,组(zǔ) 长刘海涛主持会议。",
        "teams": {"市委第三巡察组"},
        "posts": {("刘海涛", "组长", None)},
        "issued": "2025-05-09",
    },
    "a space after an annotation before a punctuation mark ends no unit's name": {
        "text": "第二輪巡察於2024年10月至11月進行,第一巡察組巡察圖書館直屬黨支部(bù) 、檔案館直屬黨支部(bù) ,"
                "第二巡察組巡察後勤保障處黨總支(zhī) 。",
        "inspections": {("第一巡察组", "图书馆直属党支部"), ("第一巡察组", "档案馆直属党支部"), ("第二巡察组", "后勤保障处党总支")},
    },
    "negative: a table's spaced cells stay apart after an annotation (a row of a notice with pinyin)": {
        "text": "九屆市委第六輪巡察將自2025年9月16日起,對2個單位黨組織開展常規巡察。名單如下:\n"
                "組別    組長    被巡察單位\n市委第一巡察組    邱建國(guó)    市民政局黨組(zǔ)    市商務局黨組\n",
        "inspections": {("市委第一巡察组", "市民政局党组"), ("市委第一巡察组", "市商务局党组")},
        "posts": {("邱建国", "组长", "市委第一巡察组")},
    },
    "a name's pinyin in one bracket after it, capitalised, syllables run together (a reading-practice page)": {
        "text": "禾豐縣委第一巡察組進駐雲嶺鎮（Yúnlǐng Zhèn）黨委,並延伸巡察寶力格嘎查(Bǎolìgé Gāchá)黨支部、額爾敦旗(É'ěrdūn Qí)委。",
        "normalised": ("云岭镇党委", "宝力格嘎查党支部"),
        "inspections": {("禾丰县委第一巡察组", "云岭镇党委"), ("禾丰县委第一巡察组", "宝力格嘎查党支部"),
                        ("禾丰县委第一巡察组", "额尔敦旗委")},
    },
    "negative: an English gloss or an abbreviation in brackets is no pinyin, capitalised or not": {
        "text": "甲省委第一巡視組巡視甲省世界銀行貸款項目辦(World Bank)、甲省政府和社會資本合作中心(PPP)。",
        "normalised": ("(World Bank)", "(PPP)"),
    },
    "negative: a space before Latin letters or a number stays after an annotation": {
        "text": "中國(guó) CRNTT 2025年(nián) 10月1日電,縣委第一巡察組進駐甲鎮黨委。",
        "normalised": ("中国 CRNTT", "2025年 10月1日"),
    },
    # ---------------------------------------------------------------- 同日 opening a team's paragraph
    "同日 at a paragraph's start takes the day of the paragraph before (one team a paragraph)": {
        "text": "10月24日,中央第八巡视组向甲自治区党委反馈巡视情况。\n\n同日,中央第九巡视组分别向乙局党组、丙局党组反馈巡视情况。",
        "feedback": {("中央第八巡视组", "甲自治区党委", "2025-10-24"), ("中央第九巡视组", "乙局党组", "2025-10-24"),
                     ("中央第九巡视组", "丙局党组", "2025-10-24")},
        "issued": "2025-10-25",
    },
    "當天 at a paragraph's start, a county's teams (Traditional)": {
        "text": "6月3日,縣委第一巡察組向甲鎮黨委反饋巡察情況。\n當天,縣委第二巡察組向乙鄉黨委反饋巡察情況。",
        "feedback": {("县委第一巡察组", "甲镇党委", "2025-06-03"), ("县委第二巡察组", "乙乡党委", "2025-06-03")},
        "issued": "2025-06-05",
    },
    "negative: 同日 reads no further back than the paragraph before": {
        "text": "6月3日,县委召开巡察工作会议。\n会议强调要压实责任。\n同日,县委第二巡察组向乙乡党委反馈巡察情况。",
        "feedback": {("县委第二巡察组", "乙乡党委", None)},
        "issued": "2025-06-05",
    },
    # ---------------------------------------------------------------- a credit union's or an association's head
    "党委书记、理事长: the 理事长 heads the union whose party committee came before (Traditional)": {
        "text": "9月15日,省農村信用社聯合社黨委召開巡察工作動員部署會。省聯社黨委書記、理事長韋明遠出席會議並講話。",
        # (省联社党委 is the party committee named in full before it: 联合社 no longer cuts that name to 社党委)
        "posts": {("韦明远", "党委书记", "省农村信用社联合社党委"), ("韦明远", "理事长", "省联社")},
    },
    "党支部书记、理事长 of an association": {
        "text": "县慈善总会党支部书记、理事长邱明出席巡察反馈会议。",
        "posts": {("邱明", "理事长", "县慈善总会")},
    },
    "a bare 院长 heads the one hospital the sentence names before it (its party body left out)": {
        "text": "县委第一巡察组向县人民医院党委反馈巡察情况,院长周明作表态发言。",
        "posts": {("周明", "院长", "县人民医院")},
    },
    "a bare 局長 heads the one bureau the sentence names (Traditional)": {
        "text": "市委第二巡察組向市民政局黨組反饋巡察情況,局長吳建華作表態發言。",
        "posts": {("吴建华", "局长", "市民政局")},
    },
    "negative: two hospitals named before a bare 院长 give it neither": {
        "text": "县委第一巡察组向县人民医院党委、县中医院党委反馈巡察情况,院长周明作表态发言。",
        "posts": {("周明", "院长", None)},
        "not_posts": {("周明", "院长", "县人民医院"), ("周明", "院长", "县中医院")},
    },
    # ---------------------------------------------------------------- a team's leaders in brackets before its verb
    "a team, its leader in brackets, then 巡察 and its units (bank system)": {
        "text": "本轮巡察派出2个巡察组,巡察时间为2025年9月15日至10月31日。具体分工为:第一巡察组(组长:邵明远)巡察东山农商银行、"
                "西山农商银行;第二巡察组(组长:骆海涛)巡察南湖农商银行。",
        "inspections": {("第一巡察组", "东山农商银行"), ("第一巡察组", "西山农商银行"), ("第二巡察组", "南湖农商银行")},
        "dates": {"南湖农商银行": ("2025-09-15", "2025-10-31")},
        "posts": {("邵明远", "组长", "第一巡察组")},
    },
    "a team, its leaders in full-width brackets, then 巡視 (Traditional, a province)": {
        "text": "省委第二巡視組（組長李建新、副組長王曉東）巡視省財政廳黨組、省審計廳黨組;省委第三巡視組（組長趙文）巡視甲市委。",
        "inspections": {("省委第二巡视组", "省财政厅党组"), ("省委第二巡视组", "省审计厅党组"), ("省委第三巡视组", "甲市委")},
        "issued": "2025-03-20",
    },
    "a team, its leader in brackets, then 负责巡察 and its units": {
        "text": "2025年3月至5月,县委对3个单位开展巡察。县委第一巡察组(组长:邵明远)负责巡察县民政局、县商务局;"
                "县委第二巡察组(组长:骆海涛)负责县审计局。",
        "inspections": {("县委第一巡察组", "县民政局"), ("县委第一巡察组", "县商务局"), ("县委第二巡察组", "县审计局")},
    },
    "a team, a colon, its leader, then 巡察 and its units": {
        "text": "2025年3月至5月,市委对3个单位开展巡察。市委第一巡察组:组长邵明远,巡察市教育局、市体育局;"
                "市委第二巡察组:组长骆海涛,巡察市民政局。",
        "inspections": {("市委第一巡察组", "市教育局"), ("市委第一巡察组", "市体育局"), ("市委第二巡察组", "市民政局")},
        "posts": {("骆海涛", "组长", "市委第二巡察组")},
    },
    "negative: a team, a colon, its leader and a telephone inspect no one": {
        "text": "市委第一巡察组:组长邵明远,联系电话0731-1234567。",
        "inspections": set(),
    },
    "negative: a team and its leader in brackets holding a meeting inspects no one": {
        "text": "3月5日,县委第一巡察组(组长:丙某某)召开巡察工作座谈会。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- the round's time from its first day
    "the round's time written 自A至B dates the teams' units (Traditional)": {
        "text": "本輪巡察派出2個巡察組,巡察時間自2025年4月7日至5月30日。第一巡察組巡察甲局黨組;第二巡察組巡察乙局黨組。",
        "dates": {"甲局党组": ("2025-04-07", "2025-05-30"), "乙局党组": ("2025-04-07", "2025-05-30")},
    },
    "a round announced from its first day (第N轮巡察将自A起,对N个单位)": {
        "text": "九届县委第二轮巡察将自2025年3月10日起,对6个单位党组织开展常规巡察。名单如下:\n"
                "组别 组长 被巡察单位\n县委第一巡察组 丁某某 县民政局党组 县商务局党组\n",
        "dates": {"县民政局党组": ("2025-03-10", None)},
    },
    "negative: the time for letters and calls is no round's period": {
        "text": "县委第一巡察组进驻县民政局党组。受理时间:2025年9月16日至11月15日。",
        "dates": {"县民政局党组": (None, None)},
        "issued": "2025-09-17",
    },
    # ---------------------------------------------------------------- a round's lead that only counts or kinds the teams' units
    "a central round: the provinces and ministries counted, then each team's feedback": {
        "text": "2025年6月至8月,中央第七轮巡视对2个省区党委和1个中央国家机关部门党组开展了常规巡视。"
                "10月21日,中央第一巡视组向甲省委反馈巡视情况。10月22日,中央第二巡视组向乙自治区党委反馈巡视情况。"
                "同日,中央第三巡视组向丙部党组反馈巡视情况。",
        "inspections": {("中央第一巡视组", "甲省委"), ("中央第二巡视组", "乙自治区党委"), ("中央第三巡视组", "丙部党组")},
        "dates": {"甲省委": ("2025-06", "2025-08"), "丙部党组": ("2025-06", "2025-08")},
        "modes": {"乙自治区党委": "常规"},
    },
    "a province's round: kinds of units, then each team moves into its own (Traditional)": {
        "text": "3月18日,11個巡視組同步完成進駐,對省直單位、設區市、國有企業開展常規巡視。具體安排如下:"
                "省委第一巡視組(組長甲某)進駐省民政廳、省商務廳;省委第二巡視組(組長乙某)進駐丙市委。",
        "inspections": {("省委第一巡视组", "省民政厅"), ("省委第一巡视组", "省商务厅"), ("省委第二巡视组", "丙市委")},
        "dates": {"丙市委": ("2025-03-18", None)},
        "issued": "2025-03-19",
    },
    "a county's round: 4个巡察组分别向8个被巡察乡镇党委反馈, then each team's own feedback": {
        "text": "2025年3月至5月,县委第二轮巡察对4个乡镇开展了常规巡察。6月26日,县委2个巡察组分别向4个被巡察乡镇党委反馈巡察情况。"
                "县委第一巡察组组长甲某分别向东镇党委和西乡党委反馈了巡察情况。县委第二巡察组组长乙某分别向南镇党委和北乡党委反馈了巡察情况。",
        "inspections": {("县委第一巡察组", "东镇党委"), ("县委第一巡察组", "西乡党委"), ("县委第二巡察组", "南镇党委"),
                        ("县委第二巡察组", "北乡党委")},
        "dates": {"北乡党委": ("2025-03", "2025-05")},
        "feedback": {("县委第一巡察组", "东镇党委", "2025-06-26"), ("县委第一巡察组", "西乡党委", "2025-06-26"),
                     ("县委第二巡察组", "南镇党委", "2025-06-26"), ("县委第二巡察组", "北乡党委", "2025-06-26")},
    },
    "a city's round-up: A、B等6个单位, each team's units in a line of its own, counts of the round (Traditional)": {
        "text": "2024年9月至11月,市委第三輪巡察對市教育局、市民政局等5個市直單位黨組織開展了常規巡察,共反饋問題60個,"
                "已整改55個,正在整改5個。\n第一巡察組巡察了市教育局、市體育局,反饋問題21個。\n"
                "第二巡察組巡察了市民政局、市商務局、市審計局,反饋問題39個。",
        "inspections": {("第一巡察组", "市教育局"), ("第一巡察组", "市体育局"), ("第二巡察组", "市民政局"),
                        ("第二巡察组", "市商务局"), ("第二巡察组", "市审计局")},
        "dates": {"市审计局": ("2024-09", "2024-11"), "市体育局": ("2024-09", "2024-11")},
        "counts": {"reported": 60, "rectified": 55, "ongoing": 5},
    },
    "negative: a count of more units than the teams name stays the round's own target": {
        "text": "2025年3月至5月,县委第一轮巡察对12个单位开展了常规巡察。县委第一巡察组向县民政局党组反馈巡察情况。"
                "县委第二巡察组向县商务局党组反馈巡察情况。",
        "inspections": {(None, "12个单位"), ("县委第一巡察组", "县民政局党组"), ("县委第二巡察组", "县商务局党组")},
    },
    "negative: a named unit no team inspected stays teamless": {
        "text": "2025年3月至5月,县委对县人民医院党委开展了专项巡察。县委第一巡察组向县民政局党组反馈巡察情况。"
                "县委第二巡察组向县商务局党组反馈巡察情况。",
        "inspections": {(None, "县人民医院党委"), ("县委第一巡察组", "县民政局党组"), ("县委第二巡察组", "县商务局党组")},
        "dates": {"县民政局党组": (None, None)},
    },
    # ---------------------------------------------------------------- a team's line ending with a colon, its units beneath
    "a county notice: each team's line ends with a colon, one unit a line beneath": {
        "text": "县委第三轮巡察对县教育局等5个单位开展了常规巡察,巡察时间为2024年10月8日至12月6日。\n各巡察组巡察单位如下:\n"
                "县委第一巡察组:\n县教育局\n县第一中学\n县委第二巡察组:\n县财政局\n溪头镇\n黄岭乡\n"
                "从整改情况看,个别单位整改责任压得不实。",
        "inspections": {("县委第一巡察组", "县教育局"), ("县委第一巡察组", "县第一中学"), ("县委第二巡察组", "县财政局"),
                        ("县委第二巡察组", "溪头镇"), ("县委第二巡察组", "黄岭乡")},
        "dates": {"黄岭乡": ("2024-10-08", "2024-12-06")},
        "modes": {"县第一中学": "常规"},
    },
    "the lead names one team's unit and counts them all (A等4个单位): its period and mode are every team's": {
        "text": "2024年10月至12月,县委第三轮巡察对县教育局等4个单位开展了常规巡察。\n县委第一巡察组:\n县教育局\n县财政局\n"
                "县委第二巡察组:\n县民政局\n县审计局\n",
        "dates": {"县审计局": ("2024-10", "2024-12"), "县财政局": ("2024-10", "2024-12")},
        "modes": {"县民政局": "常规"},
    },
    "the same in Traditional, a city's round-up with 等N家": {
        "text": "2024年9月至11月,市委第二輪巡察對市農業農村局等3家單位開展了專項巡察。\n第一巡察組巡察了市農業農村局、市林業局;"
                "第二巡察組巡察了市水務局。",
        "dates": {"市水务局": ("2024-09", "2024-11")},
        "modes": {"市水务局": "专项"},
    },
    "negative: a team's own date stays beside the period of the round's lead": {
        "text": "2024年10月至12月,县委对县教育局等2个单位开展了专项巡察。\n县委第一巡察组:\n县教育局\n县财政局\n"
                "2025年3月,县委第二巡察组进驻县民政局。",
        "dates": {"县民政局": ("2025-03", None)},
        "issued": "2025-04-01",
    },
    "a university's team lines with leaders in brackets, units beneath (Traditional)": {
        "text": "學校黨委第二輪巡察於2025年4月至6月開展。\n學校黨委第一巡察組（組長:甲某）:\n化學學院黨委\n物理學院黨委\n"
                "學校黨委第二巡察組（組長:乙某）:\n圖書館黨總支\n",
        "inspections": {("学校党委第一巡察组", "化学学院党委"), ("学校党委第一巡察组", "物理学院党委"),
                        ("学校党委第二巡察组", "图书馆党总支")},
    },
    "a team's line closed by its leaders without a colon, numbered or ；-ended units beneath": {
        "text": "县委第三轮巡察于2025年4月至6月开展。\n县委第一巡察组（组长：邵明远）\n县教育局；\n县财政局。\n"
                "县委第二巡察组（组长：骆海涛）\n1.县民政局\n2.县审计局\n",
        "inspections": {("县委第一巡察组", "县教育局"), ("县委第一巡察组", "县财政局"), ("县委第二巡察组", "县民政局"),
                        ("县委第二巡察组", "县审计局")},
    },
    "a team alone on its line, its leaders' line, then its units numbered beneath (a university's round)": {
        "text": "本轮巡察由校党委第一、第二巡察组承担,巡察时间为2025年3月中旬至5月中旬。\n第一巡察组\n组长:梁某 副组长:何某\n"
                "1.机械学院党委\n2.图书馆直属党支部\n第二巡察组\n组长:顾某 副组长:郝某\n1.文学院党委\n2.外国语学院党委\n",
        "inspections": {("校党委第一巡察组", "机械学院党委"), ("校党委第一巡察组", "图书馆直属党支部"),
                        ("校党委第二巡察组", "文学院党委"), ("校党委第二巡察组", "外国语学院党委")},
    },
    "the same in Traditional, a hospital's teams, the leaders with full-width colons": {
        "text": "醫院黨委第二輪巡察於2025年4月至6月開展。\n第一巡察組\n組長：甲某　副組長：乙某\n1.內科黨支部\n2.外科黨支部\n",
        "inspections": {("第一巡察组", "内科党支部"), ("第一巡察组", "外科党支部")},
        "dates": {"外科党支部": ("2025-04", "2025-06")},
    },
    "negative: a team's leaders' line, then a sentence, names no unit beneath": {
        "text": "第一巡察组\n组长:梁某 副组长:何某\n1.巡察期间设立值班电话。\n",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a lead's colon, then the feedback a clause a unit, no team in them
    "a team's feedback announced by a lead's colon, then a day and a unit a clause: the team's feedback and inspections": {
        "text": "根据市委统一部署,2025年9月1日至10月20日,市委第三巡察组对枫林县3个乡镇和县直部门党组织开展了提级巡察。市委第三巡察组"
                "于11月上旬逐一召开反馈会议,向被巡察党组织反馈巡察情况:\n11月3日,向城关镇党委反馈;11月4日,向麻溪镇党委反馈;"
                "11月5日,向县水利局党组反馈。",
        "inspections": {("市委第三巡察组", t) for t in ("城关镇党委", "麻溪镇党委", "县水利局党组")},
        "feedback": {("市委第三巡察组", "城关镇党委", "2025-11-03"), ("市委第三巡察组", "麻溪镇党委", "2025-11-04"),
                     ("市委第三巡察组", "县水利局党组", "2025-11-05")},
        "issued": "2025-11-18",
    },
    "the same in Traditional, a feedback lead's colon and a day a unit": {
        "text": "2025年9月1日至10月20日,市委第三巡察組對2個鄉鎮黨組織開展了提級巡察。市委第三巡察組向被巡察黨組織反饋巡察情況:\n"
                "11月3日,向城關鎮黨委反饋;11月4日,向麻溪鎮黨委反饋。",
        "feedback": {("市委第三巡察组", "城关镇党委", "2025-11-03"), ("市委第三巡察组", "麻溪镇党委", "2025-11-04")},
        "issued": "2025-11-18",
    },
    "a team's feedback to one unit, then to others over ；, a day each (the team carried over)": {
        "text": "2025年8月下旬至10月下旬,十二届省委第五轮巡视对3个单位党组织开展了常规巡视。\n省委第一巡视组(组长周某)11月10日向"
                "云港市委反馈巡视情况;11月12日,向省发展和改革委员会党组反馈;11月13日,向省粮食局党组反馈。",
        "feedback": {("省委第一巡视组", "云港市委", "2025-11-10"), ("省委第一巡视组", "省发展和改革委员会党组", "2025-11-12"),
                     ("省委第一巡视组", "省粮食局党组", "2025-11-13")},
        "issued": "2025-11-21",
    },
    "the same in Traditional, two teams' paragraphs": {
        "text": "省委第一巡視組11月10日向甲市委反饋巡視情況;11月12日,向省教育廳黨組反饋。\n"
                "省委第二巡視組11月11日向乙市委反饋巡視情況;11月13日,向省體育局黨組反饋。",
        "feedback": {("省委第一巡视组", "甲市委", "2025-11-10"), ("省委第一巡视组", "省教育厅党组", "2025-11-12"),
                     ("省委第二巡视组", "乙市委", "2025-11-11"), ("省委第二巡视组", "省体育局党组", "2025-11-13")},
        "issued": "2025-11-21",
    },
    "negative: a lead's colon on another body's feedback (no inspection) gives none": {
        "text": "县政府督查室向各乡镇通报督查情况:\n11月3日,向城关镇反馈;11月4日,向麻溪镇反馈。",
        "feedback": set(),
        "issued": "2025-11-18",
    },
    # ---------------------------------------------------------------- the units that published their rectification, batch by batch
    "a round's units listed by the day they published their rectification: the round's inspections": {
        "text": "根据省委统一部署,2025年4月至6月,十二届省委第四轮巡视对5个单位党组织开展了常规巡视。2026年1月13日至14日,被巡视党组织"
                "的巡视整改进展情况分两批公布,具体为:\n1月13日:溪州市委、枫桥市委;\n1月14日:省科学技术厅、省商务厅、江岭大学。",
        "inspections": {(None, t) for t in ("溪州市委", "枫桥市委", "省科学技术厅", "省商务厅", "江岭大学")},
        "dates": {"枫桥市委": ("2025-04", "2025-06"), "江岭大学": ("2025-04", "2025-06")},
    },
    "the same in Traditional, 分别为": {
        "text": "2025年4月至6月,十二屆省委第四輪巡視對3個單位黨組織開展了常規巡視。被巡視黨組織的巡視整改進展情況近日分兩批公開,"
                "分別為:\n1月13日:甲市委、乙市委;\n1月15日:省財政廳。",
        "inspections": {(None, "甲市委"), (None, "乙市委"), (None, "省财政厅")},
        "dates": {"省财政厅": ("2025-04", "2025-06")},
    },
    "negative: a day's line of a meeting's agenda names no unit": {
        "text": "会议日程具体为:\n1月13日:报到、熟悉材料;\n1月14日:听取汇报。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- the inspected units by kind, after 为——, one kind a line
    "the inspected units by kind after 被巡察单位为——, the first kind on its line, 回头看 units last": {
        "text": "集团党委2025年第二轮巡察于9月上旬至11月上旬对所属4家单位党组织开展了常规巡察,同步对1家单位开展了巡察“回头看”。"
                "本轮被巡察单位为——二级单位:远帆电力有限公司、远帆煤业有限公司;\n三级单位:远帆煤业晋北矿业有限公司;\n"
                "直属单位:远帆能源研究院;\n巡察“回头看”单位:远帆财务有限公司。",
        "inspections": {(None, t) for t in ("远帆电力有限公司", "远帆煤业有限公司", "远帆煤业晋北矿业有限公司", "远帆能源研究院",
                                             "远帆财务有限公司")},  # (所属4家单位党组织: the four named, the count sums them up)
    },
    "the same in Traditional, 被巡察單位為: then kinds beneath": {
        "text": "2025年9月至11月,集團黨委對3家單位黨組織開展了常規巡察。本輪被巡察單位為:\n二級單位:甲電力有限公司、乙煤業有限公司;\n"
                "直屬單位:丙研究院。",
        "inspections": {(None, "甲电力有限公司"), (None, "乙煤业有限公司"), (None, "丙研究院")},
    },
    "negative: a company's registered name is not a short form of its subsidiary's": {
        "text": "2025年9月,集团党委第一巡察组对甲煤业乙矿业有限公司开展了常规巡察。10月,集团党委第二巡察组对甲煤业有限公司"
                "开展了常规巡察。",
        "inspections": {("集团党委第一巡察组", "甲煤业乙矿业有限公司"), ("集团党委第二巡察组", "甲煤业有限公司")},
    },
    # ---------------------------------------------------------------- a team's line under a bullet (an account's article)
    "team lines under emoji bullets (👉 区委第一巡察组:A、B), an image caption under ▲ after them": {
        "text": "本轮巡察从2024年4月8日开始,对3个区直单位党组织开展常规巡察。具体安排如下:\n"
                "👉 区委第一巡察组:区发展和改革局党组、区统计局党组\n👉 区委第二巡察组:区教育局党组\n▲ 区委第五轮巡察动员部署会现场\n",
        "inspections": {("区委第一巡察组", "区发展和改革局党组"), ("区委第一巡察组", "区统计局党组"),
                        ("区委第二巡察组", "区教育局党组")},
    },
    "the same in Traditional under ◆, the units fed back to": {
        "text": "2024年4月15日至6月14日,縣委2個巡察組對3個縣直單位黨組織開展常規巡察。8月26日至29日,縣委第一、第二巡察組"
                "分別向被巡察黨組織反饋了巡察情況:\n◆ 縣委第一巡察組:縣財政局黨組、縣審計局黨組\n◆ 縣委第二巡察組:縣教育局黨組\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "县教育局党组")},
    },
    "negative: a caption under ▲ naming a team's meeting is no team line": {
        "text": "▲ 区委第一巡察组:动员部署会现场\n",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a team's line of units parted by spaces, or with those under one
    "a team's line of ；-parted units, one a township with the villages under it (A及所辖村(社区)党组织)": {
        "text": "10月27日至31日,县委各巡察组向被巡察党组织反馈巡察情况。\n县委第三巡察组:桂花镇党委及所辖村(社区)党组织;荷塘镇党委;"
                "梅岭乡党委。\n县委第四巡察组:县人民医院党委;县水务投资有限公司党委。",
        "inspections": {("县委第三巡察组", "桂花镇党委"), ("县委第三巡察组", "所辖村(社区)党组织"), ("县委第三巡察组", "荷塘镇党委"),
                        ("县委第三巡察组", "梅岭乡党委"), ("县委第四巡察组", "县人民医院党委"), ("县委第四巡察组", "县水务投资有限公司党委")},
    },
    "the same in Traditional, 及下轄村黨支部": {
        "text": "縣委第二巡察組:甲鎮黨委及下轄村黨支部;乙鄉黨委。\n縣委第三巡察組:丙局黨組;丁局黨組。",
        "inspections": {("县委第二巡察组", "甲镇党委"), ("县委第二巡察组", "下辖村党支部"), ("县委第二巡察组", "乙乡党委"),
                        ("县委第三巡察组", "丙局党组"), ("县委第三巡察组", "丁局党组")},
    },
    "a team's line of clauses, a day and 进驻 a unit each, over ；(no unit read as 3月25日进驻B)": {
        "text": "十二届省委第七轮巡视于2026年3月下旬陆续进驻。\n省委第一巡视组:3月23日进驻澄源市;3月25日进驻省委统战部。\n"
                "省委第九巡视组:3月26日进驻云岭大学;4月1日进驻云岭农业大学。",
        "inspections": {("省委第一巡视组", "澄源市"), ("省委第一巡视组", "省委统战部"), ("省委第九巡视组", "云岭大学"),
                        ("省委第九巡视组", "云岭农业大学")},
        "dates": {"省委统战部": ("2026-03-25", None), "云岭大学": ("2026-03-26", None), "云岭农业大学": ("2026-04-01", None)},
        "issued": "2026-04-03",
    },
    "the same in Traditional, a team's line of 进驻 clauses": {
        "text": "省委第二巡視組:3月23日進駐蒼岩市;3月26日進駐省人力資源和社會保障廳。",
        "inspections": {("省委第二巡视组", "苍岩市"), ("省委第二巡视组", "省人力资源和社会保障厅")},
        "dates": {"省人力资源和社会保障厅": ("2026-03-26", None)},
        "issued": "2026-04-03",
    },
    "team lines whose units are parted by spaces after the colon (a county's rectification notice)": {
        "text": "2023年10月9日至12月15日,县委2个巡察组对4个单位党组织开展了常规巡察。\n"
                "第一巡察组:县委办公室 县政协办公室\n第二巡察组:县教育局 县第一中学\n",
        "inspections": {("第一巡察组", "县委办公室"), ("第一巡察组", "县政协办公室"), ("第二巡察组", "县教育局"),
                        ("第二巡察组", "县第一中学")},
        "dates": {"县第一中学": ("2023-10-09", "2023-12-15")},
    },
    "the same in Traditional, ideographic spaces between a city's units": {
        "text": "2024年4月至6月,市委2個巡察組對4個單位黨組織開展了常規巡察。\n"
                "第一巡察組:市統計局　市醫療保障局\n第二巡察組:市體育局　市圖書館\n",
        "inspections": {("第一巡察组", "市统计局"), ("第一巡察组", "市医疗保障局"), ("第二巡察组", "市体育局"),
                        ("第二巡察组", "市图书馆")},
    },
    "negative: a team's line with its leaders parted by spaces names no unit": {
        "text": "第一巡察组:组长 梁某 副组长 何某\n",
        "inspections": set(),
    },
    "a team's line naming a unit with those under it (及其下属单位, 及所属企业): the unit": {
        "text": "2024年4月至6月,市委2个巡察组对5个单位党组织开展了常规巡察。\n"
                "市委第一巡察组:市交通运输局及其下属单位、市港航发展中心\n"
                "第二巡察组:市水务集团有限公司及所属企业、市公共交通集团有限公司、市红十字会\n",
        "inspections": {("市委第一巡察组", "市交通运输局"), ("市委第一巡察组", "市港航发展中心"),
                        ("市委第二巡察组", "市水务集团有限公司"), ("市委第二巡察组", "市公共交通集团有限公司"),
                        ("市委第二巡察组", "市红十字会")},
    },
    "the same in Traditional (Hong Kong forms), 及其所屬單位": {
        "text": "2024年4月至6月,市委2個巡察組對3個單位黨組織開展了常規巡察。\n"
                "市委第一巡察組:市文化廣電和旅遊局及其所屬單位、市體育局\n第二巡察組:市城市投資集團有限公司及下屬企業\n",
        "inspections": {("市委第一巡察组", "市文化广电和旅游局"), ("市委第一巡察组", "市体育局"),
                        ("市委第二巡察组", "市城市投资集团有限公司")},
    },
    # ---------------------------------------------------------------- groups within a team (…巡察组第一小组、第二小组)
    "groups within a team, named after it and coordinated, each a team of its own with its unit": {
        "text": "8月26日至10月25日,省国资委党委巡察组第一小组、第二小组分别对省能源投资集团党委、省交通物流集团党委开展了巡察。"
                "第一小组组长谭某、第二小组组长晏某分别代表巡察组反馈巡察意见。",
        "inspections": {("省国资委党委巡察组第一小组", "省能源投资集团党委"), ("省国资委党委巡察组第二小组", "省交通物流集团党委")},
        "posts": {("谭某", "组长", "省国资委党委巡察组第一小组"), ("晏某", "组长", "省国资委党委巡察组第二小组")},
        "issued": "2024-11-22",
    },
    "the same in Traditional, a county team's 巡察小组": {
        "text": "2025年3月,縣委第二巡察組第一巡察小組對甲鄉黨委開展了巡察,第二巡察小組對乙鄉黨委開展了巡察。",
        "inspections": {("县委第二巡察组第一巡察小组", "甲乡党委"), ("县委第二巡察组第二巡察小组", "乙乡党委")},
    },
    "negative: a team's working groups without ordinals are no teams of their own": {
        "text": "2025年3月,县委第二巡察组分成2个工作小组,对甲乡党委开展了巡察。",
        "inspections": {("县委第二巡察组", "甲乡党委")},
    },
    # ---------------------------------------------------------------- the counted units' committees (两县县委) are those inspected
    "two teams fed back to 两县县委: the two county committees they inspected": {
        "text": "今年4月7日至6月30日,省委第六巡视组、第七巡视组分别对南屏县委、石门县委开展巡视“回头看”。7月13日,两个巡视组"
                "分别向两县县委反馈情况。",
        "inspections": {("省委第六巡视组", "南屏县委"), ("省委第七巡视组", "石门县委")},
        "feedback": {("省委第六巡视组", "南屏县委", "2026-07-13"), ("省委第七巡视组", "石门县委", "2026-07-13")},
        "issued": "2026-07-16",
    },
    "the same in Traditional, 三市市委": {
        "text": "2026年4月至6月,省委第一、第二、第三巡視組分別對甲市委、乙市委、丙市委開展常規巡視。7月13日,三個巡視組分別向"
                "三市市委反饋巡視情況。",
        "feedback": {("省委第一巡视组", "甲市委", "2026-07-13"), ("省委第二巡视组", "乙市委", "2026-07-13"),
                     ("省委第三巡视组", "丙市委", "2026-07-13")},
        "issued": "2026-07-16",
    },
    "negative: 两镇党委 counted where the teams inspected county committees names none of them": {
        "text": "2026年4月至6月,省委第六巡视组对南屏县委开展巡视。7月13日,省委第六巡视组向两镇党委反馈情况。",
        "feedback": {("省委第六巡视组", "两镇党委", "2026-07-13")},
        "issued": "2026-07-16",
    },
    # ---------------------------------------------------------------- a group's feedback to the units no team is named for
    "a group of teams fed back to the inspected units, which no team is named for: feedback to each": {
        "text": "集团党委2025年第二轮巡察于9月上旬至11月上旬对所属2家单位党组织开展了常规巡察。12月2日至5日,集团党委4个巡察组分别"
                "向被巡察单位党组织反馈巡察情况。本轮被巡察单位为:远帆电力有限公司、远帆煤业有限公司。",
        "feedback": {("集团党委巡察组", "远帆电力有限公司", None), ("集团党委巡察组", "远帆煤业有限公司", None)},
        "issued": "2025-12-09",
    },
    "the same in Traditional": {
        "text": "集團黨委2025年第二輪巡察於9月至11月對所屬2家單位黨組織開展了常規巡察。12月2日至5日,集團黨委2個巡察組分別"
                "向被巡察單位黨組織反饋巡察情況。本輪被巡察單位為:甲電力有限公司、乙煤業有限公司。",
        "feedback": {("集团党委巡察组", "甲电力有限公司", None), ("集团党委巡察组", "乙煤业有限公司", None)},
        "issued": "2025-12-09",
    },
    # ---------------------------------------------------------------- 上述N个 after each team's unit and feedback
    "the teams' units and feedback, then 对上述N个单位党组织开展了巡察: no inspection besides the teams'": {
        "text": "1月14日,市委第一巡察组向市交通运输局党组反馈巡察情况;市委第二巡察组向市水利局党组反馈巡察情况。"
                "2024年9月9日至11月8日,市委2个巡察组对上述2个单位党组织开展了常规巡察。",
        "inspections": {("市委第一巡察组", "市交通运输局党组"), ("市委第二巡察组", "市水利局党组")},
        "issued": "2025-01-16",
    },
    "the same in Traditional, 以上3個單位": {
        "text": "1月14日,市委第一巡察組向甲局黨組反饋巡察情況;市委第二巡察組向乙局黨組、丙局黨組反饋巡察情況。"
                "2024年9月至11月,市委2個巡察組對上述3個單位黨組織開展了常規巡察。",
        "inspections": {("市委第一巡察组", "甲局党组"), ("市委第二巡察组", "乙局党组"), ("市委第二巡察组", "丙局党组")},
        "issued": "2025-01-16",
    },
    "negative: 上述N个 counting more units than the teams name stays": {
        "text": "1月14日,市委第一巡察组向市交通运输局党组反馈巡察情况。2024年9月9日至11月8日,市委2个巡察组对上述5个单位党组织"
                "开展了常规巡察。",
        "inspections": {("市委第一巡察组", "市交通运输局党组"), ("市委巡察组", "上述5个单位党组织")},
        "issued": "2025-01-16",
    },
    # ---------------------------------------------------------------- a count of the units of kinds listed before their party bodies
    "a round's count of local and unit party organisations (N个地方、单位党组织) is one collective": {
        "text": "十二届省委第三轮巡视于2024年3月18日开始,对22个地方、单位党组织开展常规巡视。",
        "inspections": {(None, "22个地方、单位党组织")},
    },
    "the same in Traditional (N個地區、部門黨委)": {
        "text": "十二屆省委第三輪巡視於2024年3月18日開始,對15個地區、部門黨委開展常規巡視。",
        "inspections": {(None, "15个地区、部门党委")},
    },
    "negative: places listed before one party body, without a count, stay a list": {
        "text": "2024年3月18日,省委巡视组对甲市、乙县党组织开展了常规巡视。",
        "inspections": {("省委巡视组", "甲市"), ("省委巡视组", "乙县党组织")},
    },
    # ---------------------------------------------------------------- a count of units its team's feedback names one by one
    "a team inspected a town's counted villages and fed back to each by name: it inspected each": {
        "text": "根据县委统一部署,2024年5月13日至7月5日,县委第三巡察组对鹤鸣镇4个村(社区)党组织开展了常规巡察。"
                "9月12日,县委第三巡察组分别向鹤鸣社区、东岳村、西岳村、茶园村等4个村(社区)党组织反馈巡察情况。",
        "inspections": {("县委第三巡察组", t) for t in ("鹤鸣社区", "东岳村", "西岳村", "茶园村")},
        "feedback": {("县委第三巡察组", t, "2024-09-12") for t in ("鹤鸣社区", "东岳村", "西岳村", "茶园村")},
        "dates": {"茶园村": ("2024-05-13", "2024-07-05")},
    },
    "the same in Traditional, a street's counted communities and the street itself (提级巡察)": {
        "text": "10月17日,市委第五巡察組分別向東關街道黨工委和文昌社區、府前社區、學宮社區等3個社區黨組織反饋巡察情況。"
                "根據市委統一部署,2024年7月15日至9月13日,市委第五巡察組對東關街道黨工委及3個社區黨組織開展了提級巡察。",
        "inspections": {("市委第五巡察组", t) for t in ("东关街道党工委", "文昌社区", "府前社区", "学宫社区")},
        "feedback": {("市委第五巡察组", t, "2024-10-17") for t in ("东关街道党工委", "文昌社区", "府前社区", "学宫社区")},
        "issued": "2024-10-21",
    },
    "feedback naming fewer units than the inspection counts: the count stays, and the units told are inspected too": {
        "text": "2024年5月至7月,县委第三巡察组对鹤鸣镇22个村(社区)党组织开展了常规巡察。"
                "9月12日,县委第三巡察组向鹤鸣社区、东岳村党组织反馈巡察情况。",
        "inspections": {("县委第三巡察组", "鹤鸣镇22个村(社区)党组织"), ("县委第三巡察组", "鹤鸣社区"), ("县委第三巡察组", "东岳村党组织")},
        "feedback": {("县委第三巡察组", "鹤鸣社区", "2024-09-12"), ("县委第三巡察组", "东岳村党组织", "2024-09-12")},
    },
    "negative: a team's line with a colon, then a sentence, names no unit beneath": {
        "text": "县委第一巡察组:\n联系电话0731-1234567,邮政信箱为县邮政局1号信箱。\n",
        "inspections": set(),
    },
    "a long team's line with its count, the next team's line after it (a long line is no wrapped sentence)": {
        "text": "第三轮巡察安排\n第一巡察组（6个）：县发展改革局、县统计局、县商务局、县审计局、县医保局、县信访局\n"
                "第二巡察组（2个）：县教育局、县科技局\n",
        "inspections": {("第一巡察组", t) for t in ("县发展改革局", "县统计局", "县商务局", "县审计局", "县医保局", "县信访局")}
                       | {("第二巡察组", "县教育局"), ("第二巡察组", "县科技局")},
    },
    "a long team's line with its count, the next team's line after it (Traditional)": {
        "text": "第三輪巡察安排\n縣委第一巡察組(6個):縣發展改革局、縣統計局、縣商務局、縣審計局、縣醫保局、縣信訪局\n"
                "縣委第二巡察組(2個):縣教育局、縣科技局\n",
        "inspections": {("县委第一巡察组", t) for t in ("县发展改革局", "县统计局", "县商务局", "县审计局", "县医保局",
                                                      "县信访局")} | {("县委第二巡察组", "县教育局"), ("县委第二巡察组", "县科技局")},
    },
    "a team's card with its keys padded to one width (组  长：)": {
        "text": "一、巡察组及被巡察单位\n县委第一巡察组\n组  长：张立军\n被巡察单位：县发展改革局、县统计局\n县委第二巡察组\n"
                "组  长：李秀梅\n被巡察单位：县教育局\n",
        "inspections": {("县委第一巡察组", "县发展改革局"), ("县委第一巡察组", "县统计局"), ("县委第二巡察组", "县教育局")},
        "people": {"张立军", "李秀梅"},
    },
    "a team's card with its keys padded to one width (Traditional, ideographic spaces)": {
        "text": "縣委第一巡察組\n組\u3000\u3000長：張立軍\n聯 絡 員：王曉東\n被巡察單位：縣發展改革局、縣統計局\n",
        "inspections": {("县委第一巡察组", "县发展改革局"), ("县委第一巡察组", "县统计局")},
        "people": {"张立军", "王晓东"},
    },
    # ---------------------------------------------------------------- a team, a dash, its units (an annual report's rounds)
    "an annual report: each round's heading dates the teams and their units after a dash": {
        "text": "2025年,区委全年完成2轮巡察。\n第一轮(3月至5月,常规巡察):区委第一巡察组—区民政局、区商务局;区委第二巡察组—区审计局。\n"
                "第二轮(9月至10月,专项巡察):区委第一巡察组——东街街道、西街街道。",
        "inspections": {("区委第一巡察组", "区民政局"), ("区委第一巡察组", "区商务局"), ("区委第二巡察组", "区审计局"),
                        ("区委第一巡察组", "东街街道"), ("区委第一巡察组", "西街街道")},
        "dates": {"区审计局": ("2025-03", "2025-05"), "西街街道": ("2025-09", "2025-10")},
        "issued": "2026-01-20",
    },
    "a bank's teams and branches after a dash (Traditional)": {
        "text": "2025年4月至6月,總行黨委開展第二輪巡視:總行黨委第一巡視組—甲分行黨委、乙分行黨委;總行黨委第二巡視組—丙分行黨委。",
        "inspections": {("总行党委第一巡视组", "甲分行党委"), ("总行党委第一巡视组", "乙分行党委"), ("总行党委第二巡视组", "丙分行党委")},
    },
    "negative: a team, a dash, then a clause is no list of units": {
        "text": "区委第一巡察组—坚持问题导向,推动整改落实。",
        "inspections": set(),
    },
    "an annual report: the year's rounds said done before the count of units they covered": {
        "text": "2025年,区委全年完成3轮巡察,对46个党组织开展巡察,其中常规巡察32个。",
        "inspections": {(None, "46个党组织")},
        "issued": "2026-01-20",
    },
    "an annual report in Traditional: 共完成N輪巡視": {
        "text": "2024年,省委共完成4輪巡視,對52個黨組織開展巡視。",
        "inspections": {(None, "52个党组织")},
        "issued": "2025-01-10",
    },
    "negative: the rounds a plan is to complete are no inspection": {
        "text": "2026年,区委计划完成3轮巡察,对40个党组织开展巡察。",
        "inspections": set(),
        "issued": "2026-01-20",
    },
    # ---------------------------------------------------------------- units given to a team (A、B由第一巡察组巡察)
    "units before 由 and the team that inspects them": {
        "text": "2025年3月至5月,市委对3个单位开展巡察。市教育局、市体育局由市委第一巡察组巡察,市民政局由市委第二巡察组负责巡察。",
        "inspections": {("市委第一巡察组", "市教育局"), ("市委第一巡察组", "市体育局"), ("市委第二巡察组", "市民政局")},
        "dates": {"市民政局": ("2025-03", "2025-05")},
    },
    "units before 由 (Traditional, a province's teams)": {
        "text": "2025年3月至5月,省委對2個單位開展巡視。省財政廳黨組由省委第一巡視組巡視;甲市委由省委第二巡視組巡視。",
        "inspections": {("省委第一巡视组", "省财政厅党组"), ("省委第二巡视组", "甲市委")},
    },
    "negative: what a team found while inspecting is no unit given to it": {
        "text": "该问题由市委第一巡察组巡察时发现,群众反映的问题由市委第二巡察组巡察。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a count of more units than named is still the round
    "对6个单位开展了常规巡察。其中,… : the count stays, its period and mode are the teams'": {
        "text": "2025年3月至5月,市委第二轮巡察对6个单位开展了常规巡察。其中,市委第一巡察组巡察市教育局、市体育局;"
                "市委第二巡察组巡察市民政局。",
        "inspections": {(None, "6个单位"), ("市委第一巡察组", "市教育局"), ("市委第一巡察组", "市体育局"),
                        ("市委第二巡察组", "市民政局")},
        "dates": {"市民政局": ("2025-03", "2025-05")},
        "modes": {"市教育局": "常规"},
    },
    "a table of units and their teams under a lead that counts them (its period the rows')": {
        "text": "2025年3月至5月,市委對2個單位開展巡察,名單如下:\n序號 被巡察單位 巡察組\n1 市教育局 市委第一巡察組\n"
                "2 市民政局 市委第二巡察組\n",
        "inspections": {("市委第一巡察组", "市教育局"), ("市委第二巡察组", "市民政局")},
        "dates": {"市民政局": ("2025-03", "2025-05")},
    },
    # ---------------------------------------------------------------- a year's review of its rounds (tests/genre_w)
    "each round's period sentence dates the teams' units after it; the feedback of one round is its units'": {
        "text": "2024年,校党委完成第五轮、第六轮巡察。\n第五轮巡察于4月8日至5月31日开展。校党委第一、第二巡察组分别对机械学院党委、"
                "材料学院党委开展常规巡察。\n第六轮巡察于10月中旬至12月上旬开展。校党委第一巡察组对外语学院党委开展常规巡察。\n"
                "截至12月底,第五轮巡察已完成反馈;第六轮巡察将于2025年1月完成反馈。",
        "inspections": {("校党委第一巡察组", "机械学院党委"), ("校党委第二巡察组", "材料学院党委"),
                        ("校党委第一巡察组", "外语学院党委")},
        "dates": {"机械学院党委": ("2024-04-08", "2024-05-31"), "外语学院党委": ("2024-10", "2024-12")},
        "feedback": {("校党委第一巡察组", "机械学院党委", None), ("校党委第二巡察组", "材料学院党委", None)},
        "issued": "2025-01-10",
    },
    "each round's period sentence dates the teams' units after it (Traditional)": {
        "text": "第五輪巡察於4月8日至5月31日開展。第一巡察組對機械學院黨委開展常規巡察。\n第六輪巡察於10月中旬至12月上旬開展。"
                "第一巡察組對外語學院黨委開展常規巡察。\n第五輪巡察已完成反饋。",
        "inspections": {("第一巡察组", "机械学院党委"), ("第一巡察组", "外语学院党委")},
        "dates": {"机械学院党委": ("2024-04-08", "2024-05-31"), "外语学院党委": ("2024-10", "2024-12")},
        "feedback": {("第一巡察组", "机械学院党委", None)},
        "issued": "2025-01-10",
    },
    "区委全年开展2轮巡察,对A、B开展常规巡察 (the rounds said done, no 了), units ending in 机关": {
        "text": "区委全年开展2轮巡察,对区教育局、区民政局开展常规巡察,对区人大常委会机关、区政协机关开展专项巡察。",
        "inspections": {(None, "区教育局"), (None, "区民政局"), (None, "区人大常委会机关"), (None, "区政协机关")},
        "modes": {"区教育局": "常规", "区政协机关": "专项"},
    },
    "negative: rounds to be done (计划开展2轮巡察,对A开展常规巡察)": {
        "text": "2025年,区委计划开展2轮巡察,对区教育局、区民政局开展常规巡察。",
        "inspections": set(),
    },
    "negative: feedback due by a deadline (7月上旬前完成反馈) is none given": {
        "text": "本轮巡察自3月11日至5月24日开展,市委第一巡察组巡察市商务局党组;第二巡察组巡察市民政局党组。会议强调,各巡察组要抓紧"
                "做好反馈准备,7月上旬前完成反馈。",
        "inspections": {("市委第一巡察组", "市商务局党组"), ("市委第二巡察组", "市民政局党组")},
        "feedback": set(),
        "issued": "2024-06-19",
    },
    "a team arranged alongside the round (同步安排市委第三巡察组): the team is named without the verb": {
        "text": "本轮巡察同步安排市委第三巡察组对市城投集团党委开展专项巡察。",
        "teams": {"市委第三巡察组"},
        "inspections": {("市委第三巡察组", "市城投集团党委")},
        "modes": {"市城投集团党委": "专项"},
    },
    "negative: the kinds of units a central round covers (对中央国家机关、中管企业开展常规巡视) are no units": {
        "text": "截至3月12日,15个中央巡视组已全部完成进驻,今轮对中央国家机关、中管企业及中管金融企业开展常规巡视。",
        "inspections": set(),
    },
    "两轮巡察共向被巡察党组织反馈问题N个: each team's units were fed back to": {
        "text": "2023年8月至10月,县委第一巡察组对县审计局开展常规巡察,县委第二巡察组对县统计局开展常规巡察。"
                "两轮巡察共向被巡察党组织反馈问题263个,移交问题线索19件。",
        "inspections": {("县委第一巡察组", "县审计局"), ("县委第二巡察组", "县统计局")},
        "feedback": {("县委第一巡察组", "县审计局", None), ("县委第二巡察组", "县统计局", None)},
        "issued": "2024-03-27",
    },
    "兩輪巡察共向被巡察黨組織反饋問題N個 (Traditional)": {
        "text": "2023年8月至10月,縣委第一巡察組對縣審計局開展常規巡察。本輪巡察共向被巡察黨組織反饋問題26個。",
        "inspections": {("县委第一巡察组", "县审计局")},
        "feedback": {("县委第一巡察组", "县审计局", None)},
        "issued": "2024-03-27",
    },
    "negative: a duty to feed back to the units inspected (要及时向被巡察党组织反馈问题) is none given": {
        "text": "2023年8月至10月,县委第一巡察组对县审计局开展常规巡察。会议要求,巡察组要及时向被巡察党组织反馈问题。",
        "inspections": {("县委第一巡察组", "县审计局")},
        "feedback": set(),
        "issued": "2024-03-27",
    },
    "a round moved in (已于3月下旬陆续进驻): its provinces dated, the ones a named team took are that team's alone": {
        "text": "二十届中央第五轮巡视已于3月下旬陆续进驻。15个中央巡视组将对河北、山西、广西等14个省区开展常规巡视,同时对辽宁、"
                "黑龙江开展巡视“回头看”。3月25日,中央第三巡视组进驻河北省。同日,中央第七巡视组进驻广西壮族自治区。",
        "inspections": {(None, "山西"), (None, "辽宁"), (None, "黑龙江"), ("中央第三巡视组", "河北省"),
                        ("中央第七巡视组", "广西壮族自治区")},
        "dates": {"山西": ("2024-03", None), "河北省": ("2024-03-25", None)},
        "modes": {"辽宁": "回头看", "山西": "常规"},
        "issued": "2024-03-27",
    },
    "a round moved in, the provinces a named team took its alone (Traditional)": {
        "text": "二十屆中央第五輪巡視已於3月下旬陸續進駐。15個中央巡視組將對河北、山西、廣西等14個省區開展常規巡視。3月25日,"
                "中央第三巡視組進駐河北省。同日,中央第七巡視組進駐廣西壯族自治區。",
        "inspections": {(None, "山西"), ("中央第三巡视组", "河北省"), ("中央第七巡视组", "广西壮族自治区")},
        "dates": {"山西": ("2024-03", None)},
        "issued": "2024-03-27",
    },
    # ---------------------------------------------------------------- inspections in passing (tests/genre_x)
    "an interview: 去年医院接受了市委巡察, 去年4月至6月 (the year before the page's), 对话 no preposition": {
        "text": "【对话】霁州市中心医院党委书记林振声:把巡察整改成果转化为发展动能\n记者:去年医院接受了市委巡察,整改情况怎么样?\n"
                "林振声:去年4月至6月,市委第四巡察组对医院党委开展了常规巡察。",
        "inspections": {("霁州市委第四巡察组", "霁州市中心医院党委")},
        "dates": {"霁州市中心医院党委": ("2023-04", "2023-06")},
        "issued": "2024-05-20",
    },
    "an interview (Traditional): 前年3月至5月 is two years before the page's": {
        "text": "記者:整改情況怎麼樣?\n院長:前年3月至5月,市委第二巡察組對醫院黨委開展了常規巡察。",
        "inspections": {("市委第二巡察组", "医院党委")},
        "dates": {"医院党委": ("2022-03", "2022-05")},
        "issued": "2024-05-20",
    },
    "negative: the round's cadres in training (本轮巡察的巡察干部及人才库成员参加培训) are no units": {
        "text": "学校举办巡察干部培训班,即将参加本轮巡察的巡察干部及巡察人才库成员共56人参加培训。",
        "inspections": set(),
    },
    "其中:第一交叉巡察组巡察A;第二交叉巡察组巡察B: each team's units take the date of the sentence before 其中": {
        "text": "2024年4月至6月,县委巡察办组成2个交叉巡察组,对2个乡镇的4个村党组织开展交叉巡察。其中:第一交叉巡察组巡察龙口镇"
                "杨柳村党支部、桥头村党支部;第二交叉巡察组巡察高桥镇白鹤村党支部、松林村党支部。6月下旬,各交叉巡察组分别向"
                "被巡察村党支部反馈了巡察意见。",
        "dates": {"桥头村党支部": ("2024-04", "2024-06"), "松林村党支部": ("2024-04", "2024-06")},
    },
    "其中: … (Traditional): each team's units take the date of the sentence before 其中": {
        "text": "2024年4月至6月,縣委組成2個交叉巡察組開展交叉巡察。其中:第一交叉巡察組巡察楊柳村黨支部;第二交叉巡察組巡察"
                "白鶴村黨支部。",
        "dates": {"杨柳村党支部": ("2024-04", "2024-06"), "白鹤村党支部": ("2024-04", "2024-06")},
    },
    "a unit after a counted group and 和 (等5个单位和城关镇党委): the unit, not the count's words": {
        "text": "县委巡察组对县教育局、县财政局等5个单位和城关镇党委开展了常规巡察。",
        "inspections": {("县委巡察组", "县教育局"), ("县委巡察组", "县财政局"), ("县委巡察组", "城关镇党委")},
    },
    "the corps after the provinces' count and 和 (等14个省区和新疆生产建设兵团, Traditional)": {
        "text": "二十屆中央第五輪巡視已於3月下旬陸續進駐。15個中央巡視組將對河北、山西等14個省區和新疆生產建設兵團開展常規巡視。",
        "inspections": {("中央巡视组", "河北"), ("中央巡视组", "山西"), ("中央巡视组", "新疆生产建设兵团")},
        "issued": "2024-03-27",
    },
    "an interview's headline (——访崇川市委巡察办主任): the committee's place, without the verb": {
        "text": "推动巡察监督提质增效——访崇川市委巡察办主任唐晓梅\n唐晓梅:同时,市委第五巡察组对东湖区港口镇开展了提级交叉巡察。",
        "teams": {"崇川市委第五巡察组"},
        "inspections": {("崇川市委第五巡察组", "东湖区港口镇")},
    },
    "an interview's headline (Traditional, 專訪)": {
        "text": "專訪崇川市委巡察辦主任唐曉梅\n唐曉梅:市委第五巡察組對東湖區港口鎮開展了提級交叉巡察。",
        "teams": {"崇川市委第五巡察组"},
        "inspections": {("崇川市委第五巡察组", "东湖区港口镇")},
    },
    # ---------------------------------------------------------------- the corps listed with the provinces
    "a round's provinces and the production and construction corps": {
        "text": "今年3月至5月,中央巡视组对北京、宁夏、新疆、新疆生产建设兵团开展了常规巡视。",
        "inspections": {("中央巡视组", t) for t in ("北京", "宁夏", "新疆", "新疆生产建设兵团")},
    },
    "a round's provinces and the production and construction corps (Traditional)": {
        "text": "今年3月至5月,中央巡視組對北京、新疆生產建設兵團、寧夏開展了常規巡視。",
        "inspections": {("中央巡视组", t) for t in ("北京", "新疆生产建设兵团", "宁夏")},
    },
    # ---------------------------------------------------------------- feedback by no named team implies an inspection by none
    "公布了第三轮巡视对N家单位的巡视反馈情况: the units were inspected too": {
        "text": "8月3日,中央纪委国家监委网站集中公布了中央第三轮巡视对30家中央单位的巡视反馈情况。",
        "inspections": {(None, "30家中央单位")},
        "feedback": {(None, "30家中央单位", None)},
    },
    "公布了第三輪巡視對N家單位的巡視反饋情況 (Traditional)": {
        "text": "8月3日,中央紀委國家監委網站集中公布了中央第三輪巡視對30家中央單位的巡視反饋情況。",
        "inspections": {(None, "30家中央单位")},
        "feedback": {(None, "30家中央单位", None)},
    },
    "negative: the round's feedback to the units it inspected implies no second inspection": {
        "text": "2025年3月至5月,省委第二轮巡视对甲市委、乙市委开展了巡视,6月向甲市委、乙市委反馈了巡视意见。",
        "inspections": {(None, "甲市委"), (None, "乙市委")},
        "dates": {"乙市委": ("2025-03", "2025-05")},
    },
    # ---------------------------------------------------------------- a unit's line with its team in brackets after it
    "an SOE's rectification list: unit(team): counts, the round counted in the lead": {
        "text": "集团党委第四轮巡察于2025年4月至6月对所属4家单位党组织开展常规巡察,7月完成巡察反馈。\n"
                "1.甲电力有限公司党委(集团党委第一巡察组):反馈问题23个,已整改21个;\n2.乙煤业有限公司党委(第一巡察组):反馈问题19个;\n"
                "3.丙物流有限公司党委(集团党委第二巡察组):反馈问题15个;\n4.丁财务有限公司党支部(第二巡察组):反馈问题12个。",
        "inspections": {("集团党委第一巡察组", "甲电力有限公司党委"), ("集团党委第一巡察组", "乙煤业有限公司党委"),
                        ("集团党委第二巡察组", "丙物流有限公司党委"), ("集团党委第二巡察组", "丁财务有限公司党支部")},
        "dates": {"丁财务有限公司党支部": ("2025-04", "2025-06")},
        "feedback": {("集团党委第一巡察组", "甲电力有限公司党委", "2025-07"), ("集团党委第一巡察组", "乙煤业有限公司党委", "2025-07"),
                     ("集团党委第二巡察组", "丙物流有限公司党委", "2025-07"), ("集团党委第二巡察组", "丁财务有限公司党支部", "2025-07")},
        "issued": "2025-10-10",
    },
    "a bureau's list in Traditional: （一）unit（team）： without counts": {
        "text": "局黨組巡察組於2025年5月完成對所屬單位的巡察。\n（一）市第一醫院黨委（局黨組第一巡察組）：已整改完成;\n"
                "（二）市婦幼保健院黨支部（局黨組第二巡察組）：正在整改。",
        "inspections": {("局党组第一巡察组", "市第一医院党委"), ("局党组第二巡察组", "市妇幼保健院党支部")},
    },
    "a unit's line with spaces inside the brackets around its team (Traditional)": {
        "text": "集團黨委第三輪巡察於2025年4月至6月對所屬2家單位黨組織開展常規巡察。\n"
                "1.甲物流有限公司黨委 ( 第二巡察組 ):反饋問題15個;\n2.乙能源有限公司黨委(第三巡察組 ):反饋問題9個。",
        "inspections": {("第二巡察组", "甲物流有限公司党委"), ("第三巡察组", "乙能源有限公司党委")},
    },
    "a unit's line whose brackets give its team and its period or mode": {
        "text": "2025年3月至5月,市委对2个单位开展巡察。\n1.市教育局党组(市委第一巡察组,2025年3月至5月):反馈问题12个;\n"
                "2.市民政局党组（市委第二巡察组巡察）：反馈问题9个。",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第二巡察组", "市民政局党组")},
    },
    "negative: a person's name with a team in brackets is no unit": {
        "text": "联系人:张建国(县委第一巡察组):电话0731-1234567。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- an undated range of teams (tests/genre_j)
    "an undated range of teams without a dispatcher shares out a bank's branches": {
        "text": "日前,甲银行党委第二轮巡视4个巡视组已全部完成进驻。其中,第一至第三巡视组分别对北山分行、南湖分行、西岭分行党委开展常规巡视。",
        "inspections": {("第一巡视组", "北山分行"), ("第二巡视组", "南湖分行"), ("第三巡视组", "西岭分行党委")},
        "teams": {"第一巡视组", "第二巡视组", "第三巡视组"},
    },
    "an undated range of a county's teams moving in (Traditional)": {
        "text": "近日,縣委第一至第三巡察組分別進駐甲鎮黨委、乙鄉黨委、丙街道黨工委。",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第二巡察组", "乙乡党委"), ("县委第三巡察组", "丙街道党工委")},
    },
    "a university's range of teams with Arabic ordinals": {
        "text": "近日,东山大学党委第1至第2巡察组分别对机械学院党委、图书馆直属党支部开展巡察。",
        "inspections": {("东山大学党委第1巡察组", "机械学院党委"), ("东山大学党委第2巡察组", "图书馆直属党支部")},
    },
    "a range of teams that will inspect (将分别对): each its unit, an inspection announced as real pages' gold reads it": {
        "text": "省委第一至第三巡视组将分别对甲市委、乙市委、丙市委开展巡视。",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第二巡视组", "乙市委"), ("省委第三巡视组", "丙市委")},
    },
    # ---------------------------------------------------------------- the lists of a round's units (tests/genre_j)
    "a list's count with its kinds in brackets ends before it (乡镇(街道)党(工)委)": {
        "text": "近日,市委第五轮巡察的6个巡察组陆续进驻被巡察单位。被巡察单位为:市教育局、市民政局,以及甲区乙街道、丙县丁镇2个乡镇(街道)党(工)委。",
        "inspections": {(None, "市教育局"), (None, "市民政局"), (None, "甲区乙街道"), (None, "丙县丁镇")},
    },
    "a list's count with its kinds in brackets (Traditional)": {
        "text": "近日,市委第五輪巡察的6個巡察組陸續進駐被巡察單位。被巡察單位為:甲區乙街道、丙縣丁鎮2個鄉鎮(街道)黨(工)委。",
        "inspections": {(None, "甲区乙街道"), (None, "丙县丁镇")},
    },
    "下列N个单位 before a numbered list is no unit": {
        "text": "十二届省委第三轮巡视将于近期对下列3个单位党组织开展常规巡视,名单如下:\n1.省财政厅\n2.省水利厅\n3.省商务厅\n巡视期间设立值班电话。",
        "inspections": {(None, "省财政厅"), (None, "省水利厅"), (None, "省商务厅")},
    },
    "the round's objects one a line, the last after 以及, dated by the sentence that moved in (Traditional)": {
        "text": "省委第四輪巡視日前啓動,6個巡視組於11月上旬陸續進駐省內高校,開展常規巡視。本輪巡視的對象是:\n甲大學\n乙師範學院\n"
                "以及省教育廳。\n據瞭解,這是該省首次集中巡視高校。",
        "inspections": {(None, "甲大学"), (None, "乙师范学院"), (None, "省教育厅")},
        "dates": {"乙师范学院": ("2025-11", None)},
        "issued": "2025-11-12",
    },
    "the units of a round one a line with semicolons, a city's round": {
        "text": "近日,市委第二轮巡察3个巡察组完成进驻。巡察的单位是:\n市统计局党组;\n市审计局党组;\n以及市档案馆党支部。",
        "inspections": {(None, "市统计局党组"), (None, "市审计局党组"), (None, "市档案馆党支部")},
    },
    "negative: units of a kind in a place (进驻省内高校, 辖区内企业) are no unit": {
        "text": "11月3日,省委6个巡视组陆续进驻省内高校。同日,县委巡察组进驻辖区内企业。",
        "inspections": set(),
    },
    "a counted list closed by its kind, then another list after 和": {
        "text": "近日,15个中央巡视组已全部完成进驻,将对甲省、乙自治区等5个省区党委和国家丙局、国家丁研究院党组织,以及戊人寿保险股份有限公司等"
                "13家金融单位党委开展常规巡视。",
        "inspections": {("中央巡视组", "甲省"), ("中央巡视组", "乙自治区"), ("中央巡视组", "国家丙局"),
                        ("中央巡视组", "国家丁研究院党组织"), ("中央巡视组", "戊人寿保险股份有限公司")},
    },
    "a counted list of townships then bureaus after 及 (a county)": {
        "text": "近日,县委巡察组已完成进驻,对甲镇、乙乡等5个乡镇党委及县丙局、县丁局党组开展常规巡察。",
        "inspections": {("县委巡察组", "甲镇"), ("县委巡察组", "乙乡"), ("县委巡察组", "县丙局党组"), ("县委巡察组", "县丁局党组")},
    },
    "units as the subject of 将接受 a round, the teams already in (Traditional)": {
        "text": "據中央紀委國家監委網站消息,國家甲儲備局、中國乙勘測總院、中國丙林業集團有限公司、中國丁建材集團有限公司等16個單位黨組織"
                "將接受二十屆中央第六輪巡視,中央巡視組已於4月7日前全部進駐。",
        "inspections": {(None, "国家甲储备局"), (None, "中国乙勘测总院"), (None, "中国丙林业集团有限公司"),
                        (None, "中国丁建材集团有限公司")},
    },
    "units that accept a county's round": {
        "text": "近日,甲镇、乙乡等5个乡镇党委接受县委第二轮巡察。",
        "inspections": {(None, "甲镇"), (None, "乙乡")},
    },
    "巡视对象包括 without a colon, a second list after 以及 (Traditional)": {
        "text": "二十屆中央第五輪巡視即將展開。巡視對象包括國家甲研究院、中國乙資產管理股份有限公司等7家金融機構,以及丙交易所和中國丁基金有限責任公司。",
        "inspections": {(None, "国家甲研究院"), (None, "中国乙资产管理股份有限公司"), (None, "丙交易所"), (None, "中国丁基金有限责任公司")},
    },
    "negative: the day a round was announced does not date its objects": {
        "text": "中央纪委国家监委网站2月23日发布消息,二十届中央第五轮巡视即将展开。巡视对象包括国家甲研究院、中国乙资产管理股份有限公司。",
        "dates": {"国家甲研究院": (None, None)},
        "issued": "2025-02-24",
    },
    "巡察对象包括, a university's round": {
        "text": "近日,学校党委第三轮巡察启动,巡察对象包括机械学院党委、图书馆直属党支部。",
        "inspections": {(None, "机械学院党委"), (None, "图书馆直属党支部")},
    },
    "a page's date line after a cut sentence stays a line of its own": {
        "text": "巡视组将重点了解各校落实立德树人根本任务等情况,并设立专门值班电话和邮箱接受师生\n2025年11月12日  责任编辑:梁明\n",
        "normalised": ("师生\n2025年11月12日",),
    },
    # ---------------------------------------------------------------- a reporter after a news tag
    "a reporter after the outlet's news tag (Traditional)": {
        "text": "【東江日報訊】記者何明華報道:省委第四輪巡視日前啓動。",
        "posts": {("何明华", "记者", "东江日报")},
    },
    "a reporter after a news site's tag": {
        "text": "【清河新闻网讯】记者李红 通讯员张强 报道:近日,县委第一巡察组进驻甲镇党委。",
        "posts": {("李红", "记者", "清河新闻网")},
    },
    "negative: the page's own news tag (本报讯) names no outlet": {
        "text": "【本报讯】记者王明报道:近日,县委第一巡察组进驻甲镇党委。",
        "posts": {("王明", "记者", None)},
        "not_posts": {("王明", "记者", "本报")},
    },
    # ---------------------------------------------------------------- a personnel notice's ranks (no team)
    "a rank given by 晋升为 is a post, and no team": {
        "text": "经市政府研究决定:周建平同志晋升为二级巡视员;陈淑华同志晋升为一级调研员。",
        "posts": {("周建平", "二级巡视员", None), ("陈淑华", "一级调研员", None)},
        "no_facts": True,
    },
    "a rank given by 晋升为 (Traditional)": {
        "text": "經縣政府研究決定:陳淑華同志晉升為四級調研員。",
        "posts": {("陈淑华", "四级调研员", None)},
        "no_facts": True,
    },
    "a rank taken with the unit it is held in (任…局一级调研员)": {
        "text": "经市政府研究决定:马国强同志任市农业农村局一级调研员。",
        "posts": {("马国强", "一级调研员", "市农业农村局")},
        "no_facts": True,
    },
    "a rank taken in a unit (Traditional)": {
        "text": "經縣政府研究決定:馬國強同志任縣交通運輸局三級調研員。",
        "posts": {("马国强", "三级调研员", "县交通运输局")},
        "no_facts": True,
    },
    "negative: a clause between 任 and the post is no unit": {
        "text": "马国强同志任职期间,市农业农村局一级调研员王立出席会议。",
        "not_posts": {("马国强", "一级调研员", "市农业农村局")},
    },
    "negative: 晋升为 a grade that is no post gives none": {
        "text": "经研究决定:周建平同志晋升为高级工程师。",
        "not_posts": {("周建平", "高级工程师", None)},
        "no_facts": True,
    },
    # ---------------------------------------------------------------- the unit that hosts a team's mobilisation meeting
    "a group company hosts a central team's mobilisation meeting": {
        "text": "10月17日,中国甲能源集团有限公司召开中央第九巡视组巡视工作动员会,中央第九巡视组组长张立诚作动员讲话。",
        "inspections": {("中央第九巡视组", "中国甲能源集团有限公司")},
        "dates": {"中国甲能源集团有限公司": ("2025-10-17", None)},
        "issued": "2025-10-20",
    },
    "two units hold their teams' mobilisation meetings the same day, paired in order (Traditional)": {
        "text": "10月18日,甲局召開省委第三巡視組巡視工作動員會。同日,乙集團有限公司、丙大學分別召開省委第四巡視組、"
                "省委第五巡視組巡視工作動員會。",
        "inspections": {("省委第三巡视组", "甲局"), ("省委第四巡视组", "乙集团有限公司"), ("省委第五巡视组", "丙大学")},
        "dates": {"丙大学": ("2025-10-18", None)},
        "issued": "2025-10-20",
    },
    "two townships hold one county team's meetings (进驻动员会)": {
        "text": "3月2日上午,甲镇党委、乙乡党委分别召开县委第一巡察组进驻动员会。",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第一巡察组", "乙乡党委")},
    },
    "negative: a dispatcher that holds a team's mobilisation meeting is not inspected": {
        "text": "3月2日,市委召开市委第一巡察组进驻动员会。",
        "inspections": set(),
    },
    "negative: a team's own 进驻动员会 names no unit it moved into": {
        "text": "3月16日,学校党委第二巡察组进驻甲学院。当天,第二巡察组分别召开进驻动员会。",
        "inspections": {("学校党委第二巡察组", "甲学院")},
    },
    # ---------------------------------------------------------------- a round's notice: numbered lines, cards, bare rows
    "numbered lines of a team and its units (1. / （二） / 三、), a province's round": {
        "text": "1.省委第一巡视组：甲市、乙市。\n（二）省委第二巡视组：丙县、丁县。\n三、省委第三巡视组：省林业局、省统计局。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第一巡视组", "乙市"), ("省委第二巡视组", "丙县"),
                        ("省委第二巡视组", "丁县"), ("省委第三巡视组", "省林业局"), ("省委第三巡视组", "省统计局")},
    },
    "numbered lines of a team and its units, a county's round (Traditional)": {
        "text": "1、縣委第一巡察組：縣財政局、縣審計局\n2、縣委第二巡察組：甲鎮黨委",
        "inspections": {("县委第一巡察组", "县财政局"), ("县委第一巡察组", "县审计局"), ("县委第二巡察组", "甲镇党委")},
    },
    "a team's card: its line, its leaders, what it inspects and when it moved in": {
        "text": "中央第一巡视组\n组长：王建明\n副组长：李晓红\n巡视对象：甲部党组\n进驻时间：2023年4月10日\n"
                "值班电话：010-12345678\n\n中央第二巡视组\n组长：赵国强\n巡视对象：乙局党组\n进驻时间：2023年4月11日",
        "inspections": {("中央第一巡视组", "甲部党组"), ("中央第二巡视组", "乙局党组")},
        "dates": {"甲部党组": ("2023-04-10", None), "乙局党组": ("2023-04-11", None)},
    },
    "a card whose head line carries its leaders, a city's team (Traditional)": {
        "text": "市委第三巡察組組長：周文斌　副組長：孫麗\n巡察對象：市水務局黨組\n進駐時間：2024年3月5日",
        "inspections": {("市委第三巡察组", "市水务局党组")},
        "dates": {"市水务局党组": ("2024-03-05", None)},
    },
    "numbered cards naming 巡视单位": {
        "text": "一、省委第一巡视组\n巡视单位：省交通运输厅党组\n组长：张一鸣\n二、省委第二巡视组\n巡视单位：省体育局党组",
        "inspections": {("省委第一巡视组", "省交通运输厅党组"), ("省委第二巡视组", "省体育局党组")},
    },
    "negative: lines under a team's sentence are no card (the sentence's team is not the object's)": {
        "text": "省委第一巡视组进驻甲市开展巡视。\n组长：张一鸣\n巡视对象：乙县党委",
        "inspections": {("省委第一巡视组", "甲市"), (None, "乙县党委")},
    },
    "rows of a table that lost its header: a team, its unit, the day it moved in": {
        "text": "市委第一巡察组 市发改委 2023年4月10日\n市委第二巡察组 市统计局 2023年4月11日",
        "inspections": {("市委第一巡察组", "市发改委"), ("市委第二巡察组", "市统计局")},
        "dates": {"市发改委": ("2023-04-10", None), "市统计局": ("2023-04-11", None)},
    },
    "rows without a header, a county's teams (Traditional), no date": {
        "text": "縣委第一巡察組　縣農業農村局\n縣委第二巡察組　縣醫保局",
        "inspections": {("县委第一巡察组", "县农业农村局"), ("县委第二巡察组", "县医保局")},
    },
    "negative: a team's line going on with its leader or a verb is no row": {
        "text": "市委第一巡察组 组长 王建国\n市委第二巡察组 进驻后召开座谈会",
        "inspections": set(),
    },
    "a dash after the leaders in brackets": {
        "text": "省委第一巡视组（组长张一鸣）——省发展改革委\n省委第二巡视组（组长李二明）——省统计局",
        "inspections": {("省委第一巡视组", "省发展改革委"), ("省委第二巡视组", "省统计局")},
    },
    "巡察对象为 without a colon, the team named in the sentence before": {
        "text": "2023年3月,市委第二巡察组进驻市体育局。巡察对象是市体育局党组。",
        "inspections": {("市委第二巡察组", "市体育局党组")},  # the unit and its party body: one inspection
    },
    "negative: 巡察对象为 the leaders of a unit is no unit": {
        "text": "巡察对象为单位领导班子及其成员。",
        "inspections": set(),
    },
    "the units counted, then named after 分别是：": {
        "text": "2024年3月,县委派出3个巡察组对县直10个单位开展巡察,分别是:县教育局、县卫健局、县民政局。",
        "inspections": {("巡察组", "县教育局"), ("巡察组", "县卫健局"), ("巡察组", "县民政局")},
        "dates": {"县教育局": ("2024-03", None)},
    },
    "the units counted, then named after 分別為 (Traditional)": {
        "text": "2024年5月,市委巡察組對3個單位開展了專項巡察,分別為市審計局、市統計局、市檔案館。",
        "inspections": {("市委巡察组", "市审计局"), ("市委巡察组", "市统计局"), ("市委巡察组", "市档案馆")},
    },
    "negative: the teams counted and named after 分别是 are no units": {
        "text": "2024年3月,县委派出2个巡察组开展巡察,分别是:县委第一巡察组、县委第二巡察组。",
        "inspections": set(),
    },
    "team对X，team对Y分别开展巡视: each clause pairs a team with its unit": {
        "text": "2024年4月,中央第一巡视组对甲省,中央第二巡视组对乙省,中央第三巡视组对丙部分别开展了常规巡视。",
        "inspections": {("中央第一巡视组", "甲省"), ("中央第二巡视组", "乙省"), ("中央第三巡视组", "丙部")},
    },
    "teams, then their units and 分别 after them (Traditional)": {
        "text": "2024年4月,市委第三巡察組、第四巡察組對市商務局、市財政局分別開展了常規巡察。",
        "inspections": {("市委第三巡察组", "市商务局"), ("市委第四巡察组", "市财政局")},
    },
    "a unit whose name ends in 部 before 分别 (部分 is no word here)": {
        "text": "2024年4月,中央第三巡视组对甲部党组、乙部分别开展了常规巡视。",
        "inspections": {("中央第三巡视组", "甲部党组"), ("中央第三巡视组", "乙部")},
    },
    "a list of rectification reports: each title names the unit and the team that inspected it": {
        "text": "中共甲市教育局党组关于市委第一巡察组巡察反馈意见整改情况的通报\n"
                "中共甲市民政局党组关于市委第一巡察组巡察反馈意见整改进展情况的通报\n"
                "中共甲市财政局党组关于市委第二巡察组巡察反馈意见整改情况的通报",
        "inspections": {("市委第一巡察组", "中共甲市教育局党组"), ("市委第一巡察组", "中共甲市民政局党组"),
                        ("市委第二巡察组", "中共甲市财政局党组")},
    },
    "a numbered list of rectification reports naming the round, no team (Traditional)": {
        "text": "1.縣教育局黨組關於十屆縣委第三輪巡察整改進展情況的通報\n2.縣民政局黨組關於十屆縣委第三輪巡察整改進展情況的通報",
        "inspections": {(None, "县教育局党组"), (None, "县民政局党组")},
    },
    "negative: the inspection office's own report on a round's rectification is no unit inspected": {
        "text": "县委巡察办关于十届县委第二轮巡察整改情况的通报\n县委巡察工作领导小组办公室关于巡察整改工作的通报",
        "inspections": set(),
    },
    "negative: a report's own title is not read (its text tells the inspection)": {
        "text": "中共甲县水利局党组关于巡察整改进展情况的通报\n根据县委统一部署,2023年3月至5月,县委第二巡察组对县水利局党组"
                "进行了巡察。",
        "inspections": {("县委第二巡察组", "中共甲县水利局党组")},  # the unit by the fullest name the page gives it
    },
    "a second list of units under the places the teams went to, group by group (分别对A所辖X,B所辖Y、Z)": {
        "text": "近日,省委第一、第二巡视组分别进驻甲市、乙市,同时分别对甲市所辖丙县,乙市所辖丁县、戊县开展巡视。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第一巡视组", "丙县"),
                        ("省委第二巡视组", "丁县"), ("省委第二巡视组", "戊县")},
    },
    "groups of units under places, as many as the teams (Traditional)": {
        "text": "近日,市委第三、第四巡察組分別進駐甲區、乙區,同時分別對甲區所轄丙街道,乙區所轄丁鎮開展巡察。",
        "inspections": {("市委第三巡察组", "甲区"), ("市委第四巡察组", "乙区"), ("市委第三巡察组", "丙街道"),
                        ("市委第四巡察组", "丁镇")},
    },
    "negative: groups under places not as many as the teams are no team's": {
        "text": "近日,省委第一、第二巡视组分别进驻甲市、乙市,同时对甲市所辖丙县,乙市所辖丁县,丙市所辖戊县开展巡视。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), (None, "丙县"), (None, "丁县"),
                        (None, "戊县")},
    },
    "a team's units named before a colon in an assessment (市委第一巡察组巡察的A：反馈问题N个)": {
        "text": "市委第一巡察组巡察的市交通运输局党组:反馈问题15个,已整改13个。\n市委第二巡察组巡察的市退役军人事务局党组:反馈问题9个。",
        "inspections": {("市委第一巡察组", "市交通运输局党组"), ("市委第二巡察组", "市退役军人事务局党组")},
    },
    "a table's rows that put the unit before its team, figures after (Traditional)": {
        "text": "序號 被巡察單位 巡察組 反饋問題 已整改 完成率\n1 甲建工第一工程有限公司黨委 第一巡察組 13 12 92.3%\n"
                "2 甲建工房地產開發有限公司黨委 第二巡察組 12 10 83.3%",
        "inspections": {("第一巡察组", "甲建工第一工程有限公司党委"), ("第二巡察组", "甲建工房地产开发有限公司党委")},
    },
    "negative: a unit before a team followed by words is no row": {
        "text": "1 甲公司党委 第一巡察组 进驻后召开了座谈会",
        "inspections": set(),
    },
    "teams listed before 分别 and their verb (省委第一、第二巡视组分别巡视A、B), dated by the sentence before 其中": {
        "text": "2023年10月中旬至12月下旬,十二届省委第六轮巡视对2个设区市和2个省直单位、省属企业党组织开展了常规巡视。"
                "其中,省委第一、第二巡视组分别巡视甲市、乙市;第三巡视组巡视省公安厅党委、省司法厅党组。",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第三巡视组", "省公安厅党委"),
                        ("省委第三巡视组", "省司法厅党组")},
        "dates": {"甲市": ("2023-10", "2023-12"), "省司法厅党组": ("2023-10", "2023-12")},
    },
    "bulleted report titles with their dates": {
        "text": "现将已公布的整改情况通报汇总如下:\n·中共甲省交通运输厅党组关于省委第一巡视组巡视反馈意见整改进展情况的通报 2023-12-28\n"
                "·中共甲省水利厅党组关于省委第二巡视组巡视整改进展情况的通报 2023-12-27",
        "inspections": {("甲省委第一巡视组", "中共甲省交通运输厅党组"), ("甲省委第二巡视组", "中共甲省水利厅党组")},
    },
    "units that published their rectification before, the sentence opening with 此前": {
        "text": "2023年4月至6月,十二届省委第五轮巡视对省教育厅党组开展了常规巡视。此前,甲大学、乙学院等12个单位已于1月10日、"
                "11日分两批公布了整改进展情况。",
        "inspections": {(None, "省教育厅党组"), (None, "甲大学"), (None, "乙学院")},
    },
    "a team alone on its line, its units numbered beneath, numbering running on over the teams (Traditional)": {
        "text": "2023年4月10日至6月9日,十屆市委第二輪巡察對9個市級部門黨組織開展了常規巡察。現將名單公佈如下:\n\n市委第一巡察組\n"
                "1.市統計局黨組\n2.市信訪局黨組\n\n市委第二巡察組\n3.市科學技術局黨組\n4.市大數據中心黨支部\n",
        "inspections": {("市委第一巡察组", "市统计局党组"), ("市委第一巡察组", "市信访局党组"),
                        ("市委第二巡察组", "市科学技术局党组"), ("市委第二巡察组", "市大数据中心党支部"),
                        (None, "9个市级部门党组织")},
        "dates": {"市统计局党组": ("2023-04-10", "2023-06-09")},
    },
    "the same in Simplified, numbers in brackets": {
        "text": "3月至5月,十五届县委第二轮巡察对4个单位开展了常规巡察。\n县委第三巡察组\n(1)县水利局党组\n(2)县林业局党组\n",
        "inspections": {("县委第三巡察组", "县水利局党组"), ("县委第三巡察组", "县林业局党组"), (None, "4个单位")},
    },
    "negative: a team alone on its line over a paragraph is no list of units": {
        "text": "市委第一巡察组\n近日,市委第一巡察组召开工作会议,研究部署下一步工作。\n",
        "inspections": set(),
    },
    "team lines take the period of the last round the paragraph before them dates": {
        "text": "第三轮巡察(3月至5月)中,州委第一、第二巡察组分别对甲县、乙县开展常规巡察。第四轮巡察(9月至11月)对州直4个单位开展常规巡察:\n"
                "州委第一巡察组:州财政局党组、州审计局党组\n州委第二巡察组:州司法局党组、州信访局\n",
        "dates": {"甲县": ("2023-03", "2023-05"), "州财政局党组": ("2023-09", "2023-11"), "州信访局": ("2023-09", "2023-11")},
        "issued": "2024-01-10",
    },
    "units a year's round inspected, revisited (对2022年巡察的A、B开展巡察“回头看”)": {
        "text": "州委第九巡察组对2022年巡察的州交通运输局党组、州水利局党组开展巡察“回头看”。",
        "inspections": {("州委第九巡察组", "州交通运输局党组"), ("州委第九巡察组", "州水利局党组")},
        "modes": {"州交通运输局党组": "回头看"},
    },
    "team lines take the period of the sentence saying the inspections were made, not the feedback's before it": {
        "text": "9月4日至8日,县委2个巡察组分别向4个被巡察党组织反馈巡察情况。此前,县委2个巡察组于6月12日至8月4日对上述单位"
                "开展了常规巡察。具体为:\n第一巡察组:县统计局党组、县信访局党组;\n第二巡察组:县商务局党组、县司法局党组。\n",
        "dates": {"县统计局党组": ("2023-06-12", "2023-08-04"), "县商务局党组": ("2023-06-12", "2023-08-04")},
        "feedback": {("第一巡察组", "县统计局党组", None), ("第一巡察组", "县信访局党组", None),
                     ("第二巡察组", "县商务局党组", None), ("第二巡察组", "县司法局党组", None)},
        "issued": "2023-09-12",
    },
    "a round's published units by kind, each kind counted before its colon, dated by the round's later statement": {
        "text": "6月18日,中央纪委国家监委网站集中公布十九届中央第五轮巡视的6个单位党组(党委)巡视整改进展情况。其中,中央和国家机关"
                "3家:甲部、乙部、丙局;中管金融企业2家:丁银行、戊银行;中管企业1家:己集团有限公司。\n\n"
                "2019年10月至2020年1月,十九届中央第五轮巡视对上述单位党组织开展了常规巡视。",
        "inspections": {(None, t) for t in ("甲部", "乙部", "丙局", "丁银行", "戊银行", "己集团有限公司")},
        "dates": {"甲部": ("2019-10", "2020-01"), "己集团有限公司": ("2019-10", "2020-01")},
        "modes": {"丁银行": "常规"},
    },
    "the same in a Traditional reprint, a kind with brackets in its label": {
        "text": "十三屆望江市委第二輪巡察的5個被巡察黨組織近日公開巡察整改進展情況。被巡察黨組織中,市直部門2個:市教育局、市民政局;"
                "鎮(街道)3個:白沙鎮、石門鎮、龍泉街道。",
        "inspections": {(None, t) for t in ("市教育局", "市民政局", "白沙镇", "石门镇", "龙泉街道")},
    },
    "a round's units by kind after its count, each kind's after 为 / 包括 / 即 / 分别是 over ；, the last two joined by 及": {
        "text": "二十届中央第六轮巡视完成进驻。15个中央巡视组对9个地方、单位党组织开展常规巡视。\n按类别划分,地方2个,为甲省、乙省;"
                "中央和国家机关3家,包括「丙局」、「丁局」和「戊局」;中管企业2家,分别是「己集团有限公司」及「庚集团有限公司」;"
                "中管高校2所,即辛大学、壬大学。",
        "inspections": {(None, t) for t in ("甲省", "乙省", "丙局", "丁局", "戊局", "己集团有限公司", "庚集团有限公司", "辛大学", "壬大学")},
        "issued": "2025-04-03",
    },
    "the same in Traditional, the kinds after 分為三類：, the round's period theirs": {
        "text": "今年7月上旬至9月下旬，15個中央巡視組對5個單位黨組織開展常規巡視。\n被巡視單位分為三類：中央和國家機關2家，即甲總局"
                "及乙協會；中管企業2家，即丙集團有限公司、丁集團有限公司；中管高校1所，即戊大學。",
        "inspections": {(None, t) for t in ("甲总局", "乙协会", "丙集团有限公司", "丁集团有限公司", "戊大学")},
        "dates": {"乙协会": ("2025-07", "2025-09"), "戊大学": ("2025-07", "2025-09")},
        "issued": "2025-11-06",
    },
    "negative: a single kind counted after 为 in a sentence on no inspection names no unit inspected": {
        "text": "全省共有高校2所,为甲大学、乙大学。",
        "inspections": set(),
    },
    "a unit a team inspects by its quoted brand is the listed unit it fits (中央第十五巡视组巡视「绿色银行」)": {
        "text": "15个中央巡视组对3个单位党组织开展常规巡视。中管金融企业3家,分别是「甲兴再保险集团」、「国家绿色发展银行」及"
                "「丙丰证券投资公司」。据悉,中央第十五巡视组对「绿色银行」开展巡视。",
        "inspections": {(None, "甲兴再保险集团"), ("中央第十五巡视组", "国家绿色发展银行"), (None, "丙丰证券投资公司")},
        "issued": "2025-04-03",
    },
    "the same in Traditional, two brands of the list's units": {
        "text": "15個中央巡視組對3個單位黨組織開展常規巡視。中管企業3家，即中國恆昌石化集團有限公司、中國遠航船舶集團有限公司及"
                "中國北疆煤業集團有限公司。中央第八巡視組對「恆昌石化」、「遠航船舶」開展巡視。",
        "inspections": {("中央第八巡视组", "中国恒昌石化集团有限公司"), ("中央第八巡视组", "中国远航船舶集团有限公司"),
                        (None, "中国北疆煤业集团有限公司")},
        "issued": "2025-04-03",
    },
    "the teams the text does not name (其余巡视组) inspected the rest: those units' inspections name no team": {
        "text": "3月上旬至5月底,省委派出4个巡视组,对省直经济部门开展常规巡视。省委第一巡视组巡视了省发展改革委,其余巡视组分别巡视了"
                "省商务厅、省国资委、省统计局。",
        "inspections": {("省委第一巡视组", "省发展改革委"), (None, "省商务厅"), (None, "省国资委"), (None, "省统计局")},
        "teams": {"省委第一巡视组"},
        "not_teams": {"巡视组", "其余巡视组"},
        "issued": "2025-08-26",
    },
    "the same in Traditional with 其他巡察組": {
        "text": "縣委第一巡察組巡察了縣民政局,其他巡察組巡察了縣林業局、縣水利局。",
        "inspections": {("县委第一巡察组", "县民政局"), (None, "县林业局"), (None, "县水利局")},
        "issued": "2025-08-26",
    },
    "negative: 其他巡视组 in a clause of no inspection is no team's inspection": {
        "text": "省委第一巡视组巡视了省发展改革委。组长与其他巡视组组长交流了经验。",
        "inspections": {("省委第一巡视组", "省发展改革委")},
        "issued": "2025-08-26",
    },
    "a team's units named as the subject of a round-up's clause (X巡视组巡视的A在通报中表示 / 所巡视的A和B,通报…)": {
        "text": "中央纪委国家监委网站17日起陆续公布9家单位的巡视整改进展情况。中央第一巡视组巡视的甲物资储运局党组在通报中表示,"
                "巡视反馈的38个问题中,已完成整改33个。中央第六巡视组所巡视的乙新能源集团有限公司和丙渔业集团有限公司,通报的整改"
                "完成率分别为91%和88%。",
        "inspections": {("中央第一巡视组", "甲物资储运局党组"), ("中央第六巡视组", "乙新能源集团有限公司"),
                        ("中央第六巡视组", "丙渔业集团有限公司")},
        "issued": "2025-09-18",
    },
    "negative: bodies joined by 和 before a committee name no place of it (纪检监察组和市委组织部 / 》和集团党组 / 任务和学校党委)": {
        "text": "按照《中国共产党巡视工作条例》和集团党组巡视工作有关规定，集团党组第一巡视组对甲公司党委开展了巡视。\n"
                "市纪委监委派驻纪检监察组和市委组织部有关干部参加会议。市委第二巡察组向乙局党组反馈了巡察情况。\n"
                "巡察组指出，学院党委落实立德树人根本任务和学校党委决策部署有差距。校党委第一巡察组向丙学院党委反馈了巡察情况。\n"
                "根据《中国共产党巡视工作条例》和县委巡察工作规划，县委第一巡察组对甲镇党委开展了巡察。",
        "teams": {"集团党组第一巡视组", "市委第二巡察组", "校党委第一巡察组", "县委第一巡察组"},
        "not_teams": {"和集团党组第一巡视组", "监察组和市委第二巡察组", "务和学校党委第一巡察组", "和县委第一巡察组"},
        "issued": "2024-07-26",
    },
    "a verb of publishing before a unit (网站昨日刊登A党组…通报) is no part of its name (Traditional)": {
        "text": "中央紀委國家監委網站昨日刊登中國華聯建設集團有限公司黨組巡視整改進展情況通報。中央第十五巡視組今年1月至3月對中國華聯建設集團有限公司黨組"
                "開展了常規巡視。",
        "inspections": {("中央第十五巡视组", "中国华联建设集团有限公司党组")},
        "not_targets": {"刊登中国华联建设集团有限公司党组"},
        "issued": "2021-06-11",
    },
    "对我镇党委进行了常规巡察 on the township's own page: the township the page names (湖塘镇党委), one inspection": {
        "text": "我镇召开区委巡察反馈会\n12月5日，区委第一巡察组向湖塘镇党委反馈巡察情况。组长指出，区委第一巡察组于9月中旬至10月底对我镇党委进行了常规巡察。",
        "inspections": {("区委第一巡察组", "湖塘镇党委")},
        "issued": "2023-12-06",
    },
    "the same in Traditional, 我街道黨工委 on a street's page": {
        "text": "9月20日，縣委第二巡察組向楓林街道黨工委反饋巡察情況。縣委第二巡察組於5月至7月對我街道黨工委開展了常規巡察。",
        "inspections": {("县委第二巡察组", "枫林街道党工委")},
        "issued": "2023-09-21",
    },
    "a place whose name holds 和 stays whole (永和县委第一巡察组, 和平区委第二巡察组)": {
        "text": "永和县委第一巡察组向县林业局党组反馈了巡察情况。和平区委第二巡察组向区水务局党组反馈了巡察情况。",
        "teams": {"永和县委第一巡察组", "和平区委第二巡察组"},
        "issued": "2024-07-26",
    },
    "甲盟委：由T负责，组长：某。延伸巡视A、B。: a sentence with no subject extends the inspection of the team named before": {
        "text": "各巡视组分工如下：\n巴彦塔拉盟委：由自治区党委第一巡视组负责，组长：额某。延伸巡视苏木图旗委、查干淖尔旗委。值班电话：0471-6291001。\n"
                "乌兰哈达市委：由自治区党委第二巡视组负责，组长：杜某。延伸巡视红山湾区委。\n",
        "inspections": {("自治区党委第一巡视组", "巴彦塔拉盟委"), ("自治区党委第一巡视组", "苏木图旗委"),
                        ("自治区党委第一巡视组", "查干淖尔旗委"), ("自治区党委第二巡视组", "乌兰哈达市委"),
                        ("自治区党委第二巡视组", "红山湾区委")},
        "issued": "2024-04-12",
    },
    "the same in Traditional, 同時延伸巡察 after a team's sentence": {
        "text": "縣委第一巡察組對城關鎮黨委開展常規巡察。同時延伸巡察東街社區黨總支、西街社區黨總支。",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "东街社区党总支"), ("县委第一巡察组", "西街社区党总支")},
        "issued": "2024-04-12",
    },
    "negative: a sentence on extended inspection in general (延伸巡察是…) names no unit": {
        "text": "县委第一巡察组对城关镇党委开展常规巡察。延伸巡察是推动巡察向基层延伸的重要方式。",
        "inspections": {("县委第一巡察组", "城关镇党委")},
        "issued": "2024-04-12",
    },
    "A接受T巡视 with a committee opening the sentence (克孜勒河州委接受自治区党委第一巡视组): the team's name starts after 接受": {
        "text": "克孜勒河州委接受自治区党委第一巡视组巡视后，于7月24日召开巡视反馈会。博乐塔格市委、温泉湾县委接受自治区党委第二巡视组巡视。",
        "inspections": {("自治区党委第一巡视组", "克孜勒河州委"), ("自治区党委第二巡视组", "博乐塔格市委"),
                        ("自治区党委第二巡视组", "温泉湾县委")},
        "not_teams": {"克孜勒河州委接受自治区党委第一巡视组", "温泉湾县委接受自治区党委第二巡视组"},
        "issued": "2024-07-26",
    },
    "the same in Traditional, 迎來 (甲縣委迎來市委第三巡察組)": {
        "text": "甲縣委迎來市委第三巡察組進駐開展常規巡察。",
        "inspections": {("市委第三巡察组", "甲县委")},
        "not_teams": {"甲县委迎来市委第三巡察组"},
        "issued": "2024-07-26",
    },
    "X巡视组巡视的是A和B (是 opens the list, no part of the first unit)": {
        "text": "3月12日至13日，省委巡视反馈会陆续召开。省委第四巡视组巡视的是省财经学院党委和省艺术学院党委，反馈会分别于3月12日、13日召开。",
        "inspections": {("省委第四巡视组", "省财经学院党委"), ("省委第四巡视组", "省艺术学院党委")},
        "issued": "2025-03-14",
    },
    "the same in Traditional, 巡察的單位為A、B": {
        "text": "縣委第二巡察組巡察的單位為縣財政局黨組、縣審計局黨組。",
        "inspections": {("县委第二巡察组", "县财政局党组"), ("县委第二巡察组", "县审计局党组")},
        "issued": "2025-03-14",
    },
    "the same in Traditional: 巡視了A、B和C3家文化單位 (the last two joined by 和, counted with the rest)": {
        "text": "中央第四巡視組巡視了甲出版總社、乙古籍整理研究院和丙文化藝術研究總院3家文化單位。其中,甲出版總社通報,巡視反饋問題29個。",
        "inspections": {("中央第四巡视组", "甲出版总社"), ("中央第四巡视组", "乙古籍整理研究院"), ("中央第四巡视组", "丙文化艺术研究总院")},
        "issued": "2025-09-18",
    },
    "negative: aspects counted after a list joined by 和 are no units (对选人用人、意识形态和巡视整改3个方面)": {
        "text": "2024年5月,省委第三巡视组对选人用人、意识形态和巡视整改3个方面开展专项巡视。",
        "not_targets": {"选人用人", "意识形态", "巡视整改"},
        "issued": "2024-06-01",
    },
    "negative: a team that 巡视了 only a count names no unit (中央第四巡视组巡视了3家单位)": {
        "text": "中央第四巡视组巡视了3家单位,均已公布整改进展。",
        "not_targets": {"3家单位"},
        "issued": "2025-09-18",
    },
    "a count of the villages under a town, then after 即 the villages, covered by the team (实现巡察全覆盖)": {
        "text": "县委第四巡察组采取“1+3”方式,在巡察石门镇党委的同时,对石门镇所辖3个村即石门村、枫林村、上坪村实现巡察全覆盖。",
        "inspections": {("县委第四巡察组", "石门村"), ("县委第四巡察组", "枫林村"), ("县委第四巡察组", "上坪村")},
        "issued": "2024-10-16",
    },
    "the same in Traditional, a banner's gachas after 即 and 開展巡察": {
        "text": "旗委第三巡察組對阿日善蘇木所轄2個嘎查即巴音寶力格嘎查、烏蘭哈達嘎查開展巡察。",
        "inspections": {("旗委第三巡察组", "巴音宝力格嘎查"), ("旗委第三巡察组", "乌兰哈达嘎查")},
        "issued": "2024-08-09",
    },
    "negative: full coverage as a goal is no inspection (力争…实现巡察全覆盖)": {
        "text": "力争到2026年底对全县所有村(社区)实现巡察全覆盖。",
        "inspections": set(),
        "issued": "2024-10-16",
    },
    "negative: a kind whose count is not the number of units it names is no list": {
        "text": "十九届中央第五轮巡视的单位公布整改进展情况。其中,中央和国家机关9家:甲部、乙部。",
        "not_targets": {"甲部", "乙部"},
    },
    "units counted in one sentence, named one a line after 这N家…分别是 (Traditional)": {
        "text": "中央紀委國家監委網站15日集中公佈二十屆中央第一輪巡視的3家中管企業黨組(黨委)巡視整改進展情況。這3家企業分別是:\n"
                "甲核工業集團有限公司\n乙航天科技集團有限公司\n丙電信集團有限公司\n",
        "inspections": {(None, "甲核工业集团有限公司"), (None, "乙航天科技集团有限公司"), (None, "丙电信集团有限公司")},
    },
    "units whose rectification a site published, named after the verb by their short names (Traditional)": {
        "text": "東方日報 2019年9月11日\n中紀委網站昨日公布中石油、中石化、中海油、國家電網等16家央企黨組的巡視整改進展情況。",
        "inspections": {(None, "中石油"), (None, "中石化"), (None, "中海油"), (None, "国家电网")},
    },
    "negative: a round's count of units published after the verb is no list": {
        "text": "6月18日,中央纪委国家监委网站集中公布十九届中央第五轮巡视的16个单位党组(党委)的巡视整改进展情况。",
        "inspections": set(),
    },
    "units counted, then named after 这N个单位分别是 without a colon (Traditional)": {
        "text": "中央紀委國家監委網站8日集中公佈十九屆中央第三輪巡視的3個單位黨組巡視整改進展情況。這3個單位分別是甲部、乙部和丙總局。"
                "\n\n十九屆中央第三輪巡視於2019年3月至5月對上述單位開展常規巡視。",
        "inspections": {(None, "甲部"), (None, "乙部"), (None, "丙总局")},
        "dates": {"甲部": ("2019-03", "2019-05")},
        "modes": {"丙总局": "常规"},
    },
    "a list of the units' report titles takes the period and mode of the round's count of them": {
        "text": "2022年3月至5月,十四届市委第三轮巡察对2个市直单位党组织开展了常规巡察。现将整改进展情况予以公开。\n附件:\n"
                "1.中共甲市民政局党组关于巡察整改进展情况的通报\n2.中共甲市司法局党组关于巡察整改进展情况的通报\n",
        "inspections": {(None, "中共甲市民政局党组"), (None, "中共甲市司法局党组")},
        "dates": {"中共甲市民政局党组": ("2022-03", "2022-05"), "中共甲市司法局党组": ("2022-03", "2022-05")},
        "modes": {"中共甲市司法局党组": "常规"},
    },
    "groups of units parted by commas, each closed by its count and kind, and the round's mode": {
        "text": "2021年3月至5月,十一届省委第六轮巡视派出5个巡视组,对甲市委、乙市委2个市委,省教育厅、省财政厅2个省直单位党组(党委),"
                "以及省能源集团1家省属企业党委开展了常规巡视。",
        "inspections": {("巡视组", t) for t in ("甲市委", "乙市委", "省教育厅", "省财政厅", "省能源集团")},
        "modes": {"甲市委": "常规", "省能源集团": "常规"},
    },
    "a round's count before its units' kinds (第六轮巡视15个地区和单位) and the website they published on": {
        "text": "近日,十一届省委第六轮巡视的15个地区和单位党组织在省纪委监委网站公开巡视整改进展情况。",
        "inspections": set(),
    },
    "units publishing on a website and their own portal are the round's": {
        "text": "甲县委、乙县委等3个单位党组织近日在市纪委监委网站和本单位门户网站公开巡察整改进展情况。",
        "inspections": {(None, "甲县委"), (None, "乙县委")},
    },
    "a city's and a county's teams of the same ordinals on one page stay apart, each coordinated ordinal named in full": {
        "text": "市委第一、第二巡察组分别对甲县、乙县开展常规巡察。甲县委第一、第二巡察组分别对县交通运输局党组、县农业农村局党组开展巡察。",
        "inspections": {("市委第一巡察组", "甲县委"), ("市委第二巡察组", "乙县"), ("甲县委第一巡察组", "县交通运输局党组"),
                        ("甲县委第二巡察组", "县农业农村局党组")},
        "teams": {"市委第一巡察组", "市委第二巡察组", "甲县委第一巡察组", "甲县委第二巡察组"},
    },
    "the same for a province's and a city's teams (Traditional)": {
        "text": "省委第三、第四巡視組分別對甲市、乙市開展巡視。甲市委第三、第四巡察組分別對市財政局黨組、市民政局黨組開展巡察。",
        "teams": {"省委第三巡视组", "省委第四巡视组", "甲市委第三巡察组", "甲市委第四巡察组"},
    },
    "units parted by half-width commas where the page writes 、 so, two periods of one year": {
        "text": "县委坚持以巡促巡,今年组建4个巡察组,3月至5月对城关镇,龙潭镇,县水利局开展常规巡察;9月至11月对县医保局,县人社局开展专项巡察。",
        "inspections": {("巡察组", "城关镇"), ("巡察组", "龙潭镇"), ("巡察组", "县水利局"), (None, "县医保局"), (None, "县人社局")},
        "modes": {"城关镇": "常规", "县医保局": "专项"},
    },
    "the same with full-width commas (Traditional)": {
        "text": "2023年3月至5月,縣委巡察組對城關鎮，龍潭鎮，縣水利局開展常規巡察。",
        "inspections": {("县委巡察组", t) for t in ("城关镇", "龙潭镇", "县水利局")},
    },
    "units parted by commas revisited (巡察“回头看”): the mode as any inspection statement reads it": {
        "text": "2023年3月至5月,县委第二巡察组对甲镇,乙镇,丙局开展巡察“回头看”。",
        "inspections": {("县委第二巡察组", t) for t in ("甲镇", "乙镇", "丙局")},
        "modes": {"甲镇": "回头看", "丙局": "回头看"},
    },
    "negative: clauses parted by commas are no list of units": {
        "text": "县委坚持问题导向,聚焦主责主业,压实整改责任,对巡察发现的问题开展专项整治。",
        "inspections": set(),
    },
    "villages under a township written by its level alone (镇所辖A、B) are the villages": {
        "text": "2024年3月至4月,县委第二巡察组对石门镇党委进行了常规巡察,并对镇所辖黄土村、柳湾村开展了延伸巡察。",
        "inspections": {("县委第二巡察组", "石门镇党委"), ("县委第二巡察组", "黄土村"), ("县委第二巡察组", "柳湾村")},
    },
    "Inner Mongolian townships and villages (苏木, 嘎查) are units": {
        "text": "2024年5月至6月,旗委第一巡察组对乌兰苏木党委、呼和嘎查党支部开展了常规巡察。",
        "inspections": {("旗委第一巡察组", "乌兰苏木党委"), ("旗委第一巡察组", "呼和嘎查党支部")},
    },
    "the same with commas between them (Traditional)": {
        "text": "2024年5月至6月,旗委第一巡察組對烏蘭蘇木,巴彥嘎查開展了常規巡察。",
        "inspections": {("旗委第一巡察组", "乌兰苏木"), ("旗委第一巡察组", "巴彦嘎查")},
    },
    "a team, 巡察 and its units closed by a count of more (等8个单位), clause after clause": {
        "text": "2014年5月至7月,市委派出6个巡察组,对48个市级部门开展了巡察。其中,市委第一巡察组巡察市发改委、市经信委等8个单位;"
                "市委第二巡察组巡察市教育局、市科技局等8个单位。",
        "inspections": {("市委第一巡察组", "市发改委"), ("市委第一巡察组", "市经信委"), ("市委第二巡察组", "市教育局"),
                        ("市委第二巡察组", "市科技局"), (None, "48个市级部门")},
        "dates": {"市发改委": ("2014-05", "2014-07")},
    },
    "each team's 巡察单位: list closed by the next team's (Traditional)": {
        "text": "市委第一巡察組巡察單位:市發改委、市經信委;市委第二巡察組巡察單位:市教育局、市科技局。",
        "inspections": {("市委第一巡察组", "市发改委"), ("市委第一巡察组", "市经信委"), ("市委第二巡察组", "市教育局"),
                        ("市委第二巡察组", "市科技局")},
    },
    "a page run together without its punctuation: a speech's last word is no part of the team after it": {
        "text": "在动员会上各巡察组组长分别作了动员讲话县委第二巡察组对甲镇党委开展常规巡察",
        "inspections": {("县委第二巡察组", "甲镇党委")},
        "teams": {"县委第二巡察组"},
    },
    "a hospital's departments (科) are units": {
        "text": "院党委巡察组于5月至6月对内科第一党支部、外科党支部开展院内巡察,并对药剂科、设备科开展医药购销领域专项巡察。",
        "inspections": {("院党委巡察组", t) for t in ("内科第一党支部", "外科党支部", "药剂科", "设备科")},
    },
    "teams and their units after 具体为: in one sentence, each team's closed by the next team (具体为:T1:A、B;T2:C)": {
        "text": "2023年10月至12月,十届市委第四轮巡察组建3个巡察组,对5个市直单位党组织开展常规巡察,具体为:市委第一巡察组:甲局党组、"
                "乙局党组;市委第二巡察组:丙局党组、丁局党组;市委第三巡察组:戊局党组。",
        "inspections": {("市委第一巡察组", "甲局党组"), ("市委第一巡察组", "乙局党组"), ("市委第二巡察组", "丙局党组"),
                        ("市委第二巡察组", "丁局党组"), ("市委第三巡察组", "戊局党组")},
    },
    "the same after a sentence of its own, each team with one group (Traditional)": {
        "text": "2023年10月至12月,市委巡察組對3個單位開展常規巡察。市委第一巡察組:甲局黨組、乙局黨組;市委第二巡察組:丙局黨組。",
        "inspections": {("市委第一巡察组", "甲局党组"), ("市委第一巡察组", "乙局党组"), ("市委第二巡察组", "丙局党组")},
    },
    "negative: a unit rectifying what a 主题教育 review found besides an inspection's findings is no inspection": {
        "text": "学院党委坚持把主题教育检视问题整改与巡察反馈问题整改、审计整改统筹起来,建立整改台账。",
        "inspections": set(),
    },
    "units that published their rectification take the period and mode of the one round the page dates": {
        "text": "4月17日,甲大学、乙理工大学等11个单位向社会公布了巡视整改进展情况。至此,十九届中央第七轮巡视的32个单位党组织的"
                "整改情况已公布完毕。\n\n2021年5月至7月,十九届中央第七轮巡视对某部和31所中管高校党组织开展常规巡视。",
        "inspections": {(None, "甲大学"), (None, "乙理工大学"), (None, "某部"), (None, "31所中管高校党组织")},
        "dates": {"甲大学": ("2021-05", "2021-07"), "乙理工大学": ("2021-05", "2021-07")},
        "modes": {"甲大学": "常规"},
    },
    "the same in a Traditional reprint, a province's round": {
        "text": "甲市委、乙大學黨委等9個單位黨組織日前公佈巡視整改進展情況。2023年3月至5月,十二屆省委第三輪巡視對18個地方和單位"
                "黨組織開展了常規巡視。",
        "inspections": {(None, "甲市委"), (None, "乙大学党委"), (None, "18个地方和单位党组织")},
        "dates": {"甲市委": ("2023-03", "2023-05"), "乙大学党委": ("2023-03", "2023-05")},
    },
    "negative: a page that dates two rounds leaves the publishing units undated": {
        "text": "甲市委、乙大学党委等9个单位党组织日前公布巡视整改进展情况。2023年3月至5月,十二届省委第三轮巡视对18个地方和单位"
                "党组织开展了常规巡视;2023年9月至11月,十二届省委第四轮巡视对20个地方和单位党组织开展了常规巡视。",
        "dates": {"甲市委": (None, None)},
    },
    "negative: a count of a round's units that completed their rectification is no unit (Traditional)": {
        "text": "至此,十二屆省委第五輪巡視所涉及的18個單位黨組織已全部完成整改進展情況公開。",
        "inspections": set(),
    },
    "two units listed side by side are two, whatever one's characters say of the other": {
        "text": "2023年10月至12月,省委第六巡视组巡视甲大学党委、甲医科大学党委。",
        "inspections": {("省委第六巡视组", "甲大学党委"), ("省委第六巡视组", "甲医科大学党委")},
    },
    "negative: a site that published other units' rectification is no unit that rectified (its count or their names follow the verb)": {
        "text": "中纪委公布16地方单位巡视整改进展\n甲市纪委监委网站公布了市委第二轮巡察的8个单位巡察整改进展情况。",
        "inspections": set(),
    },
    "the same in a Traditional press report, the units listed in the next sentence": {
        "text": "中紀委網站昨日集中公布了十九屆中央第三輪巡視的3個地方和單位黨組織關於巡視整改進展情況的通報。"
                "這3個地方和單位是:甲省委、乙省委、丙集團黨組。",
        "inspections": {(None, "甲省委"), (None, "乙省委"), (None, "丙集团党组")},
    },
    "negative: a level's units of a kind are no unit (市级部门党组, 县级机关, 旗直单位)": {
        "text": "市委巡察组向市级部门党组反馈巡察情况\n县委巡察组对县级机关开展巡察。旗委巡察組對旗直單位黨組織進行巡察。",
        "inspections": set(),
    },
    "places whose names open with a stop word (全, 本) keep it, in a list and alone": {
        "text": "自治区党委第三巡视组巡视甲县、全州县党委。省委第二巡视组向本溪市委反馈巡视情况。",
        "inspections": {("自治区党委第三巡视组", "甲县"), ("自治区党委第三巡视组", "全州县党委"), ("省委第二巡视组", "本溪市委")},
    },
    "places opening with a stop word, in Traditional (全椒县, 本溪县)": {
        "text": "自治區黨委第三巡視組巡視甲縣、全椒縣黨委。省委第二巡視組向本溪縣委反饋巡視情況。",
        "inspections": {("自治区党委第三巡视组", "甲县"), ("自治区党委第三巡视组", "全椒县党委"), ("省委第二巡视组", "本溪县委")},
    },
    "negative: the stop word stays one before a level alone (全县, 本市)": {
        "text": "县委巡察组对全县各村开展巡察。市委巡察组对全市部分单位开展了专项巡察。",
        "inspections": set(),
    },
    "a township and the units under it named after 所辖 (及所辖A、B、C党组织): the units, not 所辖A": {
        "text": "7月9日,县委第二巡察组向青石镇党委及所辖青石社区、河东村、河西村党组织反馈巡察情况。",
        "inspections": {("县委第二巡察组", t) for t in ("青石镇党委", "青石社区", "河东村", "河西村党组织")},
    },
    "the same in Traditional after 下辖": {
        "text": "7月9日,縣委第二巡察組向青石鎮黨委及下轄河東村、河西村黨支部反饋巡察情況。",
        "inspections": {("县委第二巡察组", t) for t in ("青石镇党委", "河东村", "河西村党支部")},
    },
    "a team in a clause of when (在巡察A期间) inspected A, and the unit under A it extended to (对其下属的B开展延伸巡察)": {
        "text": "2024年6月,市委第三巡察组在巡察市交通局党组期间,于6月24日至26日对其下属的市公路事业发展中心开展延伸巡察。",
        "inspections": {("市委第三巡察组", "市交通局党组"), ("市委第三巡察组", "市公路事业发展中心")},
        "dates": {"市公路事业发展中心": ("2024-06-24", "2024-06-26")},
    },
    "the same in Traditional (所屬的)": {
        "text": "2024年6月,縣委第一巡察組在巡察縣水利局黨組期間,對其所屬的縣水庫管理所開展延伸巡察。",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县水库管理所")},
    },
    "negative: a clause of when after a team that is no inspection (在巡察中发现)": {
        "text": "2024年6月,市委第三巡察组在巡察中发现,部分单位存在问题。",
        "inspections": set(),
    },
    "a unit written bare and with its 党总支 is one target": {
        "text": "市委第四巡察组对市中医院开展巡察\n2024年7月1日,市委第四巡察组进驻市中医院党总支开展巡察。",
        "inspections": {("市委第四巡察组", "市中医院党总支")},
    },
    "a team's feedback to a unit none of its inspections names implies its inspection of that unit": {
        "text": "2024年9月3日,州委第二巡察组进驻州教育局党组开展巡察。10月15日,州委第二巡察组向州人力资源和社会保障局党组"
                "反馈了第十轮巡察情况。",
        "inspections": {("州委第二巡察组", "州教育局党组"), ("州委第二巡察组", "州人力资源和社会保障局党组")},
    },
    "a feedback to a unit its team's inspections do not name, in Traditional": {
        "text": "2024年9月3日,州委第二巡察組進駐州教育局黨組開展巡察。10月15日,州委第二巡察組向州審計局黨組反饋了巡察情況。",
        "inspections": {("州委第二巡察组", "州教育局党组"), ("州委第二巡察组", "州审计局党组")},
    },
    "negative: feedback to the inspected unit's organ or by its short name implies no other inspection": {
        "text": "2021年10月,省委第二巡视组对中共岚溪市委开展巡视。2022年1月14日,省委第二巡视组向市委常委会反馈巡视情况。"
                "2023年4月,中央第十一巡视组对中国华川能源集团有限公司党组开展巡视。8月24日,中央第十一巡视组向华川集团党组反馈巡视情况。",
        "inspections": {("省委第二巡视组", "中共岚溪市委"), ("中央第十一巡视组", "中国华川能源集团有限公司党组")},
    },
    "negative: another page's title run into the last line after 【关闭】上一篇: is no fact of this page": {
        "text": "2023年9月4日,县委第二巡察组进驻蔺台镇党委开展巡察。【打印】【关闭】上一篇:县委巡察工作领导小组召开会议"
                "下一篇:县委第二巡察组向县自然资源局党组反馈巡察情况",
        "inspections": {("县委第二巡察组", "蔺台镇党委")},
        "feedback": set(),
    },
    "a bulleted title with its date after its units (◆…进驻A、B    2025-03-12) gives the units without bullet or date": {
        "text": "◆总行党委第二巡察组进驻滨海分行、临港分行    2025-03-12\n2025年3月11日,总行党委第二巡察组分别进驻甲银行滨海分行党委、"
                "临港分行党委开展常规巡察。\n◆临港分行党委召开巡察反馈会    2025-06-09\n",
        "inspections": {("总行党委第二巡察组", "甲银行滨海分行党委"), ("总行党委第二巡察组", "临港分行党委")},
    },
    "negative: a unit a speaker demands rectify (要求A认真抓好整改) is no subject that rectifies (Traditional)": {
        "text": "總行黨委委員出席反饋會議,要求江北分行黨委認真抓好巡察整改。",
        "inspections": set(),
    },
    "a unit's party body by its full name (中共甲医院委员会, 中共乙院总支部委员会) is the unit's 党委/党总支 named in short": {
        "text": "中共璟阳市第一人民医院委员会关于市委第四巡察组反馈意见整改进展情况的通报\n根据市委统一部署,2023年4月10日至6月9日,"
                "市委第四巡察组对市第一人民医院党委进行了巡察。",
        "inspections": {("璟阳市委第四巡察组", "璟阳市第一人民医院党委")},
    },
    "the same in Traditional, a 总支部委员会": {
        "text": "中共璟陽市疾病預防控制中心總支部委員會關於巡察整改進展情況的通報\n2023年4月,市委第四巡察組對市疾病預防控制中心"
                "黨總支開展了常規巡察。",
        "inspections": {("璟阳市委第四巡察组", "璟阳市疾病预防控制中心党总支")},
    },
    "a working committee by its full name (中共甲市乙新区工作委员会, 中共甲市直属机关工作委员会) is its 工委": {
        "text": "六届市委第二轮巡察公告\n（一）市委第二巡察组　巡察中共深圳市光明新区工作委员会\n（二）市委第三巡察组　巡察中共深圳市直属机关工作委员会",
        "inspections": {("深圳市委第二巡察组", "深圳市光明新区工委"), ("深圳市委第三巡察组", "深圳市直属机关工委")},
        "issued": "2017-04-19",
    },
    "the same in Traditional, a street's 工作委員會": {
        "text": "中共璟陽市城關街道工作委員會關於巡察整改進展情況的通報\n2023年4月,市委第四巡察組對城關街道工委開展了常規巡察。",
        "inspections": {("璟阳市委第四巡察组", "璟阳市城关街道工委")},
    },
    "a township's report whose name opens with 向 (中共甲县向城镇委员会关于县委巡察…): no unit read over 关于": {
        "text": "中共兰陵县向城镇委员会关于县委巡察反馈意见整改进展情况的通报\n根据县委统一部署，2019年5月20日至7月5日，县委第二巡察组对"
                "向城镇党委进行了巡察，9月11日向向城镇党委反馈了巡察意见。",
        "inspections": {("县委第二巡察组", "向城镇党委")},
        "feedback": {("县委第二巡察组", "向城镇党委", "2019-09-11")},
        "issued": "2019-12-20",
    },
    "the same in Traditional, 中共甲縣向陽鄉委員會關於…": {
        "text": "中共蘭陵縣向陽鄉委員會關於縣委巡察反饋意見整改情況的通報\n2019年5月，縣委第一巡察組對向陽鄉黨委進行了巡察，9月11日向向陽鄉黨委"
                "反饋了巡察意見。",
        "inspections": {("县委第一巡察组", "向阳乡党委")},
        "feedback": {("县委第一巡察组", "向阳乡党委", "2019-09-11")},
        "issued": "2019-12-20",
    },
    "a committee's organ by its full name (中共甲省委政法委员会) is its 政法委, no unit's 党委": {
        "text": "十一届省委第八轮巡视完成进驻\n具体是：省委第一巡视组巡视中共吉林省委政法委员会，省委第二巡视组巡视吉林省公安厅党委。",
        "inspections": {("吉林省委第一巡视组", "吉林省委政法委"), ("吉林省委第二巡视组", "吉林省公安厅党委")},
        "issued": "2020-10-23",
    },
    "the same in Traditional, 中共中央政法委員會": {
        "text": "中央巡視組進駐\n中央第一巡視組對中共中央政法委員會開展了常規巡視。",
        "inspections": {("中央第一巡视组", "中央政法委")},
        "issued": "2020-10-23",
    },
    "我县 in an autonomous county's report (中共甲族自治县委员会): the county's committee, its people's name whole, inspected and fed back": {
        "text": "中共东乡族自治县委员会关于省委专项巡视整改情况的通报\n根据省委统一部署，2018年9月5日至10月31日，省委第三巡视组对我县"
                "开展了专项巡视，并于2018年12月6日反馈了巡视意见。",
        "inspections": {("省委第三巡视组", "东乡族自治县委")},
        "feedback": {("省委第三巡视组", "东乡族自治县委", "2018-12-06")},
        "issued": "2019-03-12",
    },
    "the same in Traditional, 對我市…並於…向我市反饋": {
        "text": "中共海東市委員會關於巡視整改情況的通報\n2018年9月5日至10月31日，省委第三巡視組對我市開展了專項巡視，並於2018年12月6日"
                "反饋了巡視意見。",
        "inspections": {("省委第三巡视组", "海东市委")},
        "feedback": {("省委第三巡视组", "海东市委", "2018-12-06")},
        "issued": "2019-03-12",
    },
    "negative: 我县 where no committee of the place is named (the place as written, no bare 县委)": {
        "text": "县委召开整改推进会\n2018年9月，省委第三巡视组对我县开展了专项巡视，并于2018年12月6日反馈了巡视意见。",
        "inspections": {("省委第三巡视组", "我县")},
        "feedback": {("省委第三巡视组", "我县", "2018-12-06")},
        "issued": "2019-03-12",
    },
    "a team's card of two units, each with its own phone and mailbox (T⏎被巡视党组织：A⏎值班电话：…⏎被巡视党组织：B): both the team's": {
        "text": "二十届中央第一轮巡视完成进驻\n各巡视组进驻情况及联系方式如下：\n中央第一巡视组\n被巡视党组织：中国核工业集团有限公司党组\n"
                "值班电话：010-88216601\n邮政信箱：北京市A001号信箱\n被巡视党组织：中国航天科技集团有限公司党组\n值班电话：010-88216602\n"
                "中央第二巡视组\n被巡视党组织：中国石油化工集团有限公司党组\n值班电话：010-88216604",
        "inspections": {("中央第一巡视组", "中国核工业集团有限公司党组"), ("中央第一巡视组", "中国航天科技集团有限公司党组"),
                        ("中央第二巡视组", "中国石油化工集团有限公司党组")},
        "issued": "2023-04-14",
    },
    "the same in Traditional, 巡視單位：A⏎值班電話…　電子郵箱…⏎巡視單位：B": {
        "text": "各巡視組聯繫方式如下：\n公司黨組第一巡視組\n巡視單位：國網江蘇省電力有限公司黨委\n值班電話：025-85093106　電子郵箱：x1@sg.cn\n"
                "巡視單位：國網安徽省電力有限公司黨委\n值班電話：0551-63420716\n公司黨組第二巡視組\n巡視單位：國網湖南省電力有限公司黨委",
        "inspections": {("公司党组第一巡视组", "国网江苏省电力有限公司党委"), ("公司党组第一巡视组", "国网安徽省电力有限公司党委"),
                        ("公司党组第二巡视组", "国网湖南省电力有限公司党委")},
        "issued": "2019-04-10",
    },
    "negative: a place's committee by its full name stays the place's (中共甲市委员会 is no 甲市党委 of a unit)": {
        "text": "中共璟阳市委员会关于巡视整改进展情况的通报\n2023年4月,省委第四巡视组对璟阳市委开展了常规巡视。",
        "inspections": {("省委第四巡视组", "璟阳市委")},
    },
    "the units a site published the rectification of, named after 的14个党组织是: one a line": {
        "text": "2024年3月至5月,十二届省委第五轮巡视对14个党组织开展了常规巡视。\n本次公布整改进展情况的14个党组织是:\n"
                "中共滨江市委\n中共青屿市委\n中共江岚省自然资源厅党组\n",
        "inspections": {(None, "中共滨江市委"), (None, "中共青屿市委"), (None, "中共江岚省自然资源厅党组"), (None, "14个党组织")},
    },
    "the same in a Traditional press report, the units after 的通报,包括": {
        "text": "中紀委網站23日集中公布了二十屆中央第三輪巡視的3家中管企業黨組織關於巡視整改進展情況的通報,包括中國甲電力集團"
                "有限公司、中國乙化工集團有限公司及中國丙鋁業集團有限公司。",
        "inspections": {(None, "中国甲电力集团有限公司"), (None, "中国乙化工集团有限公司"), (None, "中国丙铝业集团有限公司")},
    },
    "places counted after them (A、B…6个设区市) and a second count after 和: the places' committees the page names": {
        "text": "2024年3月至5月,省委巡视组对滨江、青屿2个设区市和8个省直单位党组织开展了常规巡视。公布整改情况的党组织包括:"
                "中共滨江市委、中共青屿市委。",
        "inspections": {("省委巡视组", "中共滨江市委"), ("省委巡视组", "中共青屿市委"), ("省委巡视组", "8个省直单位党组织")},
    },
    "negative: kinds of places (地方党委, 北陵等省区, 副省级城市党委) are no units": {
        "text": "中央巡视组陆续向云岭、北陵等省区和北屿等副省级城市党委反馈巡视情况。各巡视组组长先向被巡视地方党委书记反馈情况。",
        "inspections": set(),
    },
    "a round's units under kinds' headings with their counts, one unit a line beneath each (中央和国家机关(2家):)": {
        "text": "根据公布的名单,开展常规巡视的单位如下:\n中央和国家机关(2家):\n国家甲管理局\n国家乙监测中心\n中管企业(1家):\n"
                "中国丙集团有限公司\n",
        "inspections": {(None, "国家甲管理局"), (None, "国家乙监测中心"), (None, "中国丙集团有限公司")},
    },
    "the same in Traditional, full-width brackets and colons": {
        "text": "開展常規巡視的單位如下：\n中管金融企業（2家）：\n中國甲銀行股份有限公司\n中國乙證券股份有限公司\n",
        "inspections": {(None, "中国甲银行股份有限公司"), (None, "中国乙证券股份有限公司")},
    },
    "units that published their rectification, in a sentence without 巡视 in a paragraph on a round": {
        "text": "二十屆中央第五輪巡視整改進展情況自15日起分批公佈。繼首批公佈後,16日又有甲大學、乙大學等12所中管高校公佈整改進展情況。",
        "inspections": {(None, "甲大学"), (None, "乙大学")},
    },
    "上述地方和单位党组织 is the units named before, whatever their kinds, not 上述地方 and 单位党组织": {
        "text": "中央纪委国家监委网站日前公布了二十届中央第二轮巡视的3个地方和单位党组织关于巡视整改进展情况的通报。其中,"
                "中管企业2家:中国甲集团有限公司、中国乙集团有限公司;地方1个:丙省。"
                "2023年10月至12月,二十届中央第二轮巡视对上述地方和单位党组织开展了常规巡视。",
        "inspections": {(None, "中国甲集团有限公司"), (None, "中国乙集团有限公司"), (None, "丙省")},
    },
    "negative: a website that published the rectification reports is no unit that rectified": {
        "text": "据了解,二十届中央第二轮巡视整改进展情况已陆续公布。中央纪委网站公布了整改进展情况的通报。",
        "inspections": set(),
    },
    "a round's units on numbered lines with the problems each was given, under a lead on the inspected units": {
        "text": "2025年4月7日至6月13日,县委第一至第五巡察组对10个党组织开展了常规巡察。\n各被巡察党组织整改进展情况如下:\n"
                "1.石塘镇党委:反馈问题26个,已整改24个;\n2.县发展和改革局党组:反馈问题25个,已整改23个;\n",
        "inspections": {("县委巡察组", "10个党组织"), (None, "石塘镇党委"), (None, "县发展和改革局党组")},
        "dates": {"石塘镇党委": ("2025-04-07", "2025-06-13")},
    },
    "negative: a unit a team's line named before is that team's, its line of counts no other inspection (Traditional)": {
        "text": "2023年3月至5月,市委巡察組對3個單位開展了常規巡察。\n市委第一巡察組:市教育局黨組、市體育局黨組\n"
                "各被巡察單位整改情況如下:\n市教育局黨組:巡察反饋問題12個,已整改10個。\n",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第一巡察组", "市体育局党组"), ("市委巡察组", "3个单位")},
    },
    "numbered lines of a unit and its team in brackets take the period the round's sentence before them states": {
        "text": "2025年4月8日至6月6日,六届市委第八轮巡察对以下2个党组织开展了常规巡察。具体如下:\n1.云溪县委(市委第一巡察组)\n"
                "2.市司法局党组(市委第二巡察组)\n",
        "inspections": {("市委第一巡察组", "云溪县委"), ("市委第二巡察组", "市司法局党组")},
        "dates": {"云溪县委": ("2025-04-08", "2025-06-06")},
    },
    "the feedback's formula to a unit's secretary and its leadership (向甲公司党组书记、董事长某某和集团党组领导班子反馈)": {
        "text": "按照党中央统一部署,巡视组于2024年9月中旬至11月下旬对甲矿业集团有限公司党组开展常规巡视。2025年1月14日,组长孙启明"
                "代表中央第十一巡视组,向甲矿业集团有限公司党组书记、董事长韩立峰和集团党组领导班子反馈了巡视情况。",
        "not_targets": {"董事长韩立峰和集团党组"},
    },
    "the same in Traditional: the team takes 中央 from 党中央's deployment, not 党中央": {
        "text": "按照黨中央統一部署,中央第十一巡視組於2024年9月對甲礦業集團有限公司黨組開展常規巡視。",
        "inspections": {("中央第十一巡视组", "甲矿业集团有限公司党组")},
    },
    "negative: a clause whose subject is a group named by its leader (葛文斌组进驻A) takes no team of the clause before": {
        "text": "5月15日,组长万启航带领省委第三巡视组进驻省粮食和物资储备局;5月16日,葛文斌组进驻岚江师范大学。",
        "not_targets": {"岚江师范大学"},
    },
    "the same in Traditional, a 督导组 as the subject": {
        "text": "5月15日,省委第三巡視組進駐省糧食和物資儲備局;5月16日,省委督導組進駐嵐江師範大學。",
        "inspections": {("省委第三巡视组", "省粮食和物资储备局")},
    },
    "negative: kinds of units a round covered are no units (省直部门、省管企业和高校)": {
        "text": "本届省委以来共开展九轮巡视,完成对省直部门、省管企业和高校的巡视全覆盖。",
        "inspections": set(),
    },
    "cards under a lead that says when the teams moved in, one card with its mode in brackets": {
        "text": "根据市委统一部署,5个巡察组已于2025年10月14日同步进驻被巡察单位。现将各巡察组有关情况公告如下:\n"
                "市委第一巡察组\n组长:刘建明\n巡察对象:市体育局\n值班电话:0739-8216601\n"
                "市委第二巡察组(提级巡察)\n组长:杨振东\n巡察对象:甲县乙镇党委\n邮政信箱:甲市A002号信箱",
        "inspections": {("市委第一巡察组", "市体育局"), ("市委第二巡察组", "甲县乙镇党委")},
        "dates": {"市体育局": ("2025-10-14", None), "甲县乙镇党委": ("2025-10-14", None)},
        "posts": {("刘建明", "组长", "市委第一巡察组"), ("杨振东", "组长", "市委第二巡察组")},
    },
    "a co-operative's federation and a company joined by 及 are two units (Traditional)": {
        "text": "2025年3月,市委第三巡察組對市供銷合作社聯合社及市糧食儲備有限公司開展了巡察。",
        "inspections": {("市委第三巡察组", "市供销合作社联合社"), ("市委第三巡察组", "市粮食储备有限公司")},
    },
    "a township and the villages under it on a team's numbered line (及其所辖N个村党组织)": {
        "text": "3.县委第三巡察组:甲镇党委及其所辖12个村党组织。",
        "inspections": {("县委第三巡察组", "甲镇党委"), ("县委第三巡察组", "所辖12个村党组织")},
    },
    "a team's line with groups of units parted by ；, each with its mode in brackets": {
        "text": "2026年3月1日至4月30日,市委2个巡察组对4个单位开展了巡察。\n市委第四巡察组:甲区乙镇党委(提级巡察);市林业局、"
                "市供销社(巡察“回头看”);\n市委机动巡察组:市医疗保障局(专项巡察)。",
        "inspections": {("市委第四巡察组", "甲区乙镇党委"), ("市委第四巡察组", "市林业局"), ("市委第四巡察组", "市供销社"),
                        ("市委机动巡察组", "市医疗保障局")},
        "modes": {"甲区乙镇党委": "提级交叉", "市林业局": "回头看", "市医疗保障局": "专项"},
    },
    "negative: a team's line whose groups are no units (a telephone, a mailbox)": {
        "text": "市委第一巡察组:0578-6213307;甲市邮政局1号信箱。",
        "inspections": set(),
    },
    "a list of related news under the article names other pages' inspections, not this page's": {
        "text": "市委第三巡察组向市审计局党组反馈巡察情况\n6月18日,市委第三巡察组向市审计局党组反馈巡察情况。\n相关新闻\n"
                "· 市委第一巡察组向市交通运输局党组反馈巡察情况　2024-06-17\n· 市委第二巡察组向甲区党工委反馈巡察情况　2024-06-17",
        "inspections": {("市委第三巡察组", "市审计局党组")},
        "teams": {"市委第三巡察组"},
    },
    "a page that is nothing but an index's dated headlines states what they state, undated (Traditional)": {
        "text": "巡察動態\n· 縣委第二巡察組向縣水利局黨組反饋巡察情況　2024-12-20\n· 縣委第一巡察組向縣教育局黨組反饋巡察情況　"
                "2024-12-19\n· 縣委第三巡察組進駐石灘鎮　2024-09-04\n· 十四屆縣委第六輪巡察工作動員部署會召開　2024-09-02",
        "inspections": {("县委第二巡察组", "县水利局党组"), ("县委第一巡察组", "县教育局党组"), ("县委第三巡察组", "石滩镇")},
        "dates": {"县水利局党组": (None, None), "石滩镇": (None, None)},
    },
    "the same in Simplified, a column page with its breadcrumb and pager": {
        "text": "首页 > 巡视巡察 > 巡视反馈\n巡视反馈\n·省委第一巡视组向甲市委反馈巡视情况　　2023-08-24\n"
                "·省委第三巡视组向省农业农村厅党组反馈巡视情况　　2023-08-23\n·省委第九巡视组进驻省广播电视局开展常规巡视　　2023-05-10\n"
                "·十四届省委第三轮巡视完成进驻　　2023-05-09\n共286条　当前第1/20页　首页　上一页　下一页　尾页",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第三巡视组", "省农业农村厅党组"), ("省委第九巡视组", "省广播电视局")},
        "modes": {"省广播电视局": "常规"},
    },
    "negative: an index's dated headlines beside the page's own article are links, not its facts": {
        "text": "县委第四巡察组进驻县林业局\n9月5日,县委第四巡察组进驻县林业局开展常规巡察。组长邬某主持会议,就做好巡察工作提出"
                "要求。县林业局主要负责同志作表态发言。会议要求,县林业局要自觉接受监督,积极配合巡察组开展工作,如实反映情况,"
                "确保巡察工作顺利进行。巡察期间,巡察组设立专门值班电话和意见箱,受理反映县林业局领导班子及其成员问题的来信来电来访。\n"
                "· 县委第二巡察组向县水利局党组反馈巡察情况　2024-12-20\n· 县委第一巡察组向县教育局党组反馈巡察情况　2024-12-19\n"
                "· 县委第三巡察组进驻石滩镇　2024-09-04\n· 十四届县委第六轮巡察工作动员部署会召开　2024-09-02",
        "inspections": {("县委第四巡察组", "县林业局")},
    },
    "negative: rows of a table that lost its header, dated, are the page's own facts": {
        "text": "市委第一巡察组 市发改委 2023-04-10\n市委第二巡察组 市统计局 2023-04-11\n市委第三巡察组 市审计局 2023-04-12\n"
                "市委第四巡察组 市档案馆 2023-04-13",
        "inspections": {("市委第一巡察组", "市发改委"), ("市委第二巡察组", "市统计局"), ("市委第三巡察组", "市审计局"),
                        ("市委第四巡察组", "市档案馆")},
    },
    "report titles run together on one line, where a copy lost the list's breaks (Traditional, spaces between)": {
        "text": "巡視整改\n中共甲市委關於巡視整改進展情況的通報 中共乙市委關於巡視整改進展情況的通報 省水利廳黨組關於巡視整改進展情況的通報\n",
        "inspections": {(None, "中共甲市委"), (None, "中共乙市委"), (None, "省水利厅党组")},
    },
    "the same with each title's date glued after it (…的通报2023-05-12中共乙市委关于…)": {
        "text": "巡视整改\n中共甲市委关于巡视整改进展情况的通报2023-05-12中共乙市委关于巡视整改进展情况的通报2023-05-11"
                "中共丙县委关于省委第三巡视组反馈意见整改情况的通报2023-05-10\n",
        "inspections": {(None, "中共甲市委"), (None, "中共乙市委"), ("省委第三巡视组", "中共丙县委")},
    },
    "a table of the units inspected with no team column: each row's unit, by the team a cell names or by none": {
        "text": "集团党委第三轮巡察整改情况公示\n按照集团党委统一部署,集团党委第三轮巡察对所属4家单位党组织开展了巡察。\n"
                "序号 | 被巡察党组织 | 通报名称 | 公示日期\n1 | 华辰高速运营公司党委 | 巡察整改进展情况 | 04-22\n"
                "2 | 华辰路桥公司党委 | 集团党委第一巡察组反馈意见整改情况 | 04-22\n3 | 华辰物流公司党支部 | 巡察整改情况 | 04-19\n"
                "4 | 华辰置业公司党委 | 巡察整改进展情况 | 04-19\n",
        "inspections": {(None, "华辰高速运营公司党委"), ("集团党委第一巡察组", "华辰路桥公司党委"), (None, "华辰物流公司党支部"),
                        (None, "华辰置业公司党委")},
    },
    "the same in Traditional, cells parted by spaces": {
        "text": "各被巡察單位整改情況如下:\n序號 被巡察單位 反饋問題 已整改\n1 縣財政局黨組 14 14\n2 縣水利局黨組 12 11\n",
        "inspections": {(None, "县财政局党组"), (None, "县水利局党组")},
    },
    "negative: a table of figures for units the text gave with their teams adds no team-less inspection": {
        "text": "2024年4月8日至6月7日,市委第一巡察组对市住房和城乡建设局党组开展常规巡察,市委第二巡察组对市医疗保障局党组开展常规巡察。\n"
                "被巡察单位 反馈问题(个) 已完成(个)\n市住房和城乡建设局党组 34 27\n市医疗保障局党组 25 20\n",
        "inspections": {("市委第一巡察组", "市住房和城乡建设局党组"), ("市委第二巡察组", "市医疗保障局党组")},
    },
    "negative: one report named in a sentence is no list of titles": {
        "text": "市委第三巡察组组长在会上指出,局党组关于巡察整改情况的报告要如实反映整改进展。",
        "no_inspections": True,
    },
    "a list of dated report titles the page introduces (汇总如下:) is the page's own": {
        "text": "现将已公布的整改情况通报汇总如下:\n·中共甲厅党组关于省委第一巡视组巡视反馈意见整改进展情况的通报 2023-12-28\n"
                "·中共乙厅党组关于省委第一巡视组巡视反馈意见整改进展情况的通报 2023-12-28\n"
                "·中共丙局党组关于省委第二巡视组巡视反馈意见整改进展情况的通报 2023-12-27\n"
                "·中共丁局党组关于省委第二巡视组巡视反馈意见整改进展情况的通报 2023-12-27",
        "inspections": {("省委第一巡视组", "中共甲厅党组"), ("省委第一巡视组", "中共乙厅党组"), ("省委第二巡视组", "中共丙局党组"),
                        ("省委第二巡视组", "中共丁局党组")},
    },
    "a team meets the units it moves into (分别与A、B召开巡察见面沟通会)": {
        "text": "5月20日,甲农商银行党委第二巡察组分别与城东支行党支部、桥北支行党支部召开巡察见面沟通会。",
        "inspections": {("甲农商银行党委第二巡察组", "城东支行党支部"), ("甲农商银行党委第二巡察组", "桥北支行党支部")},
    },
    "a team holds the mobilisation meeting with the unit (Traditional)": {
        "text": "3月5日,縣委第一巡察組與縣教育局召開巡察工作動員會。",
        "inspections": {("县委第一巡察组", "县教育局")},
    },
    "negative: a team's meeting with the dispatcher's organs is no inspection of them": {
        "text": "县委第一巡察组与县纪委监委召开协调会。",
        "inspections": set(),
    },
    "the period of the teams' inspection of units named before (今年3月至5月,4个巡察组对上述单位开展了巡察)": {
        "text": "发布时间:2025-07-18\n7月15日,县委第一巡察组向县农业局党组,县委第二巡察组向县林业局党组分别反馈巡察情况。"
                "今年4月至5月,县委第一、第二巡察组对上述2家单位开展了巡察。",
        "inspections": {("县委第一巡察组", "县农业局党组"), ("县委第二巡察组", "县林业局党组")},
        "dates": {"县农业局党组": ("2025-04", "2025-05"), "县林业局党组": ("2025-04", "2025-05")},
    },
    "negative: a notice's verbs of the complaints it takes start no unit's name (主要受理反映X党委…)": {
        "text": "2025年4月8日,县委第二巡察组进驻白沙镇开展巡察。巡察组主要受理反映白沙镇党委领导班子及其成员问题的来信来电来访。",
        "inspections": {("县委第二巡察组", "白沙镇党委")},
    },

    # ---------------------------------------------------------------- a team alone on its line, its units on the line beneath
    "a team alone on its line, its units parted by 、 on the line beneath (a city's round in a rectification report)": {
        "text": "4月8日至6月28日,十四届市委第三轮巡察派出2个巡察组,对5个党组织开展巡察。各巡察组巡察对象如下:\n\n"
                "市委第一巡察组\n市发展和改革委员会党组、市商务局党组、市投资促进局党组\n\n"
                "市委第二巡察组（粮食购销领域专项巡察）\n市粮食和物资储备局党组、市储备粮管理有限公司党支部\n",
        "inspections": {("市委第一巡察组", "市发展和改革委员会党组"), ("市委第一巡察组", "市商务局党组"),
                        ("市委第一巡察组", "市投资促进局党组"), ("市委第二巡察组", "市粮食和物资储备局党组"),
                        ("市委第二巡察组", "市储备粮管理有限公司党支部")},
        "dates": {"市商务局党组": ("2024-04-08", "2024-06-28")},
        "modes": {"市粮食和物资储备局党组": "专项"},
        "issued": "2024-08-15",
    },
    "a county's team alone on its line, its units beneath, after a colon (Traditional)": {
        "text": "2024年3月至5月,縣委派出2個巡察組對4個黨組織開展了常規巡察:\n縣委第一巡察組:\n甲鎮黨委、乙鄉黨委\n"
                "縣委第二巡察組(巡察“回頭看”)\n縣財政局黨組、縣民政局黨組\n",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第一巡察组", "乙乡党委"), ("县委第二巡察组", "县财政局党组"),
                        ("县委第二巡察组", "县民政局党组")},
        "modes": {"县财政局党组": "回头看"},
        "issued": "2024-07-01",
    },
    "negative: the line beneath a team's line is a sentence, not its units": {
        "text": "市委第一巡察组\n组长张国强带领巡察组深入基层、走访群众,听取意见建议。\n",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- counts of one period date the teams' inspections
    "a round's period stated with two counts dates the teams' inspections after it": {
        "text": "今年7月初至9月中旬,十三届市委第五轮巡察同步启动,市委派出3个巡察组,对4个党组织开展常规巡察,对1家医疗卫生"
                "机构开展专项巡察。市委第一巡察组对市委办公室、市政府办公室进行了巡察,第二巡察组对市委组织部、市委党校进行了巡察,"
                "第三巡察组对市人民医院进行了专项巡察。",
        "dates": {"市委办公室": ("2024-07", "2024-09"), "市人民医院": ("2024-07", "2024-09")},
        "modes": {"市人民医院": "专项"},
        "issued": "2024-10-08",
    },
    "the same in Traditional, a county's two counts": {
        "text": "2025年4月至6月,縣委派出2個巡察組,對2個黨組織開展常規巡察,對1個村開展提級巡察。縣委第一巡察組對縣林業局、"
                "縣水利局進行了巡察,第二巡察組對甲村進行了提級巡察。",
        "dates": {"县林业局": ("2025-04", "2025-06"), "甲村": ("2025-04", "2025-06")},
    },
    # ---------------------------------------------------------------- every team's feedback done, said without a unit
    "各巡察组已完成巡察反馈: each team fed back to the units it inspected (no day)": {
        "text": "2024年7月至9月,市委派出2个巡察组开展巡察:市委第一巡察组对市委办公室、市政府办公室进行了巡察,第二巡察组对"
                "市委党校进行了巡察。目前,各巡察组已完成巡察反馈,共移交问题线索16件。",
        "feedback": {("市委第一巡察组", "市委办公室", None), ("市委第一巡察组", "市政府办公室", None),
                     ("市委第二巡察组", "市委党校", None)},
    },
    "第五轮巡察反馈工作已全部完成 (Traditional): the round's teams fed back": {
        "text": "2024年4月上旬至6月下旬,十一屆市委第五輪巡察:市委第一巡察組對甲縣委開展常規巡察;市委第二巡察組對乙區委開展"
                "常規巡察。目前,第五輪巡察反饋工作已全部完成,各被巡察黨組織正在抓緊落實整改。",
        "feedback": {("市委第一巡察组", "甲县委", None), ("市委第二巡察组", "乙区委", None)},
    },
    "negative: a feedback to be completed is no feedback given": {
        "text": "2024年3月至5月,市委第一巡察组对甲县委开展了常规巡察。本轮巡察反馈工作将于7月中旬前完成。",
        "feedback": set(),
    },
    # ---------------------------------------------------------------- units that published, listed after 分别是 / 分别为——
    "the units that published listed after 分别是 without a colon (Traditional, a Hong Kong paper)": {
        "text": "中央紀委國家監委網站昨日集中刊發3家中管企業黨組關於巡視整改進展情況的通報。昨日公佈整改進展的3家企業分別是"
                "中國華辰能源集團有限公司、中國遠航物流集團有限公司和中國海晟石化集團有限公司。",
        "inspections": {(None, "中国华辰能源集团有限公司"), (None, "中国远航物流集团有限公司"), (None, "中国海晟石化集团有限公司")},
    },
    "the units that published by kind after 分别为——, each kind counted on its line": {
        "text": "10月15日,中央纪委国家监委网站集中公布二十届中央第二轮巡视3个被巡视党组织的巡视整改进展情况。\n\n"
                "公布巡视整改进展情况的3个单位分别为——\n\n中管企业2家:中国北冶钢铁集团有限公司、中国华港航运集团有限公司;\n\n"
                "中央和国家机关1家:国家老龄事业发展局。\n",
        "inspections": {(None, "中国北冶钢铁集团有限公司"), (None, "中国华港航运集团有限公司"), (None, "国家老龄事业发展局")},
    },
    # ---------------------------------------------------------------- a team's inspection of the units named before (上述3家企业)
    "the period of the round in which the teams inspected the units fed back before (…期间,第一、第二巡察组分别对上述单位…)": {
        "text": "6月12日,县委第一巡察组向县农业农村局党组反馈巡察情况;县委第二巡察组向桃坪镇党委反馈巡察情况。\n"
                "据悉,2025年3月18日至5月16日,十五届青禾县委第五轮巡察期间,县委第一、第二巡察组分别对上述单位开展了常规巡察。",
        "dates": {"县农业农村局党组": ("2025-03-18", "2025-05-16"), "桃坪镇党委": ("2025-03-18", "2025-05-16")},
        "issued": "2025-06-13",
    },
    "the same in Traditional, the team's inspection of them written 對其開展": {
        "text": "10月15日,縣委第五巡察組向花溪鎮大坪村、小河村黨支部集中反饋巡察情況。以上2個村黨組織均為十三屆縣委第十輪巡察對象,"
                "2025年7月下旬至9月上旬,縣委第五巡察組對其開展了提級巡察。",
        "dates": {"小河村党支部": ("2025-07", "2025-09")},
        "issued": "2025-10-16",
    },
    "a team inspected 上述3家企业, the three whose rectification a site published": {
        "text": "中央纪委国家监委网站昨日公布中国广联电网有限公司、中国北方煤业集团有限公司、中国东岳油气管网集团有限公司3家中管"
                "企业党组的巡视整改进展情况。今年4月8日至6月15日,中央第十四巡视组对上述3家企业开展常规巡视,8月27日向各企业党组"
                "反馈巡视意见。",
        "inspections": {("中央第十四巡视组", "中国广联电网有限公司"), ("中央第十四巡视组", "中国北方煤业集团有限公司"),
                        ("中央第十四巡视组", "中国东岳油气管网集团有限公司")},
        "dates": {"中国广联电网有限公司": ("2025-04-08", "2025-06-15")},
        "feedback": {("中央第十四巡视组", "中国广联电网有限公司", "2025-08-27"),
                     ("中央第十四巡视组", "中国北方煤业集团有限公司", "2025-08-27"),
                     ("中央第十四巡视组", "中国东岳油气管网集团有限公司", "2025-08-27")},
        "issued": "2025-11-27",
    },
    "the same in Traditional, a province's team and 上述單位": {
        "text": "省紀委監委網站公佈了甲市委、乙市委的巡視整改進展情況。今年3月至5月,省委第二巡視組對上述單位開展了常規巡視。",
        "inspections": {("省委第二巡视组", "甲市委"), ("省委第二巡视组", "乙市委")},
        "issued": "2025-09-01",
    },
    "negative: 上述4家 after three units named is no team's inspection of them": {
        "text": "网站公布了甲公司、乙公司、丙公司的巡视整改进展情况。今年4月至6月,中央第三巡视组对上述4家企业开展了常规巡视。",
        "not_targets": {"上述4家企业"},
        "inspections": {(None, "甲公司"), (None, "乙公司"), (None, "丙公司")},
        "issued": "2025-09-01",
    },
    # ---------------------------------------------------------------- the units a count stands for, listed under 反馈对象:
    "a town and 所辖3个村(社区)党组织, the three listed under 反馈对象: beneath": {
        "text": "6月12日,梧阳县委第二巡察组向青石镇党委反馈巡察情况,并向被巡察的3个村(社区)党组织集中反馈。\n"
                "2025年3月10日至4月25日,县委第二巡察组对青石镇党委及所辖3个村(社区)党组织开展了常规巡察。\n"
                "反馈对象:\n青石社区党总支\n东街社区党支部\n石门村党支部\n会上,巡察组组长许志刚通报了问题。",
        "inspections": {("梧阳县委第二巡察组", t) for t in ("青石镇党委", "青石社区党总支", "东街社区党支部", "石门村党支部")},
        "dates": {"石门村党支部": ("2025-03-10", "2025-04-25")},
        "feedback": {("梧阳县委第二巡察组", t, "2025-06-12")
                     for t in ("青石镇党委", "青石社区党总支", "东街社区党支部", "石门村党支部")},
    },
    "the same in Traditional: 全縣3所中小學校黨組織 and 反饋對象： a line each": {
        "text": "鶴浦縣委第四巡察組於2025年4月7日至5月16日對全縣3所中小學校黨組織開展了專項巡察。6月20日,縣委第四巡察組"
                "向各被巡察學校黨組織反饋巡察情況。\n反饋對象:\n鶴浦縣第一中學黨委\n城關第一小學黨支部\n城南小學黨支部\n",
        "inspections": {("鹤浦县委第四巡察组", t) for t in ("鹤浦县第一中学党委", "城关第一小学党支部", "城南小学党支部")},
        "modes": {"城南小学党支部": "专项"},
    },
    "negative: a list under 反馈对象: after two teams takes neither": {
        "text": "县委第一巡察组、县委第二巡察组分别对甲镇、乙镇开展了常规巡察。\n反馈对象:\n甲村党支部\n乙村党支部\n",
        "inspections": {("县委第一巡察组", "甲镇"), ("县委第二巡察组", "乙镇"), (None, "甲村党支部"), (None, "乙村党支部")},
    },
    # ---------------------------------------------------------------- the reports' titles quoted one after another
    "the units of quoted report titles listed in one sentence, then 上述N个单位 by a team (Traditional)": {
        "text": "這3份通報依序為:「中共國家內河航運局黨組關於巡視整改進展情況的通報」、「中共國家海岸帶管理局黨組關於巡視整改進展"
                "情況的通報」及「中共中國遠洋信託投資有限公司委員會關於巡視整改進展情況的通報」。今年2月下旬至4月下旬,中央第七巡視組"
                "對上述3個單位黨組(黨委)開展常規巡視。",
        "inspections": {("中央第七巡视组", "中共国家内河航运局党组"), ("中央第七巡视组", "中共国家海岸带管理局党组"),
                        ("中央第七巡视组", "中国远洋信托投资有限公司党委")},
        "issued": "2025-12-05",
    },
    "the same in Simplified, titles in 《》 after 包括": {
        "text": "中央纪委国家监委网站公布的2份通报包括《中共甲省委关于巡视整改进展情况的通报》和《中共乙市委关于巡视整改进展情况的通报》。",
        "inspections": {(None, "中共甲省委"), (None, "中共乙市委")},
    },
    "对N所高校党委开展了常规巡视，并于D反馈了巡视意见 … the N reports' titles: each unit's inspection and feedback": {
        "text": "十二届省委第五轮巡视整改进展情况集中公开\n　　今年5月至7月，省委巡视组对3所省属高校党委开展了常规巡视，并于8月下旬反馈了"
                "巡视意见。\n　　各高校党委巡视整改进展情况通报如下：\n　　中共北辰大学委员会关于省委巡视整改进展情况的通报\n"
                "　　中共南屏学院委员会关于省委巡视整改进展情况的通报\n　　中共东岳医科大学委员会关于省委巡视整改进展情况的通报\n",
        "feedback": {(None, "北辰大学党委", "2019-08"), (None, "南屏学院党委", "2019-08"), (None, "东岳医科大学党委", "2019-08")},
        "issued": "2019-12-10",
    },
    "the same in Traditional, 對N個市直單位黨組開展了常規巡察，於D集中反饋了巡察意見 … the titles": {
        "text": "市委第三輪巡察整改進展情況公開\n　　今年3月至4月，市委巡察組對2個市直單位黨組開展了常規巡察，於6月上旬集中反饋了巡察意見。\n"
                "　　中共青溪市財政局黨組關於市委巡察整改進展情況的通報\n　　中共青溪市審計局黨組關於市委巡察整改進展情況的通報\n",
        "feedback": {(None, "中共青溪市财政局党组", "2023-06"), (None, "中共青溪市审计局党组", "2023-06")},
        "issued": "2023-09-10",
    },
    "negative: the count and fewer titles than it counts: the count's feedback stays the count's": {
        "text": "十二届省委第五轮巡视整改进展情况\n　　今年5月至7月，省委巡视组对3所省属高校党委开展了常规巡视，并于8月下旬反馈了巡视意见。\n"
                "　　中共北辰大学委员会关于省委巡视整改进展情况的通报\n　　中共南屏学院委员会关于省委巡视整改进展情况的通报\n",
        "not_feedback_targets": {"北辰大学党委", "南屏学院党委"},
        "issued": "2019-12-10",
    },
    "negative: the page's own report, its one title quoted, is read from its text": {
        "text": "现将《中共甲县委关于巡察整改进展情况的通报》予以公布。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- 各巡视组 fed back: the units no team is named for too
    "省委各巡视组 fed back to the units of a range of teams named for none of them as well": {
        "text": "今年5月至7月,省委派出4个巡视组开展巡视。其中,省委第一、第二巡视组分别对甲市、乙市开展常规巡视;省委第三至第四"
                "巡视组对省教育厅、省民政厅等2个省直单位开展常规巡视。9月中旬,省委各巡视组向被巡视党组织反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "甲市", "2025-09"), ("省委第二巡视组", "乙市", "2025-09"),
                     (None, "省教育厅", "2025-09"), (None, "省民政厅", "2025-09")},
        "issued": "2025-12-02",
    },
    "T1、T2分别对A、B开展常规巡察，T3对C开展常规巡察，并于D向被巡察党组织反馈 (the teams', each to its own units)": {
        "text": "县委第五轮巡察整改进展情况公开\n　　2024年3月至4月，县委第一、第二巡察组分别对河田镇党委、濯田镇党委开展常规巡察，县委第三巡察组对"
                "县水利局党组开展常规巡察，并于6月中旬向被巡察党组织反馈了巡察意见。",
        "feedback": {("县委第一巡察组", "河田镇党委", "2024-06"), ("县委第二巡察组", "濯田镇党委", "2024-06"),
                     ("县委第三巡察组", "县水利局党组", "2024-06")},
        "issued": "2024-10-15",
    },
    "the same in Traditional, T1對A、T2對B開展巡察，於D分別向被巡察單位黨組織反饋": {
        "text": "市委巡察整改公開\n　　2023年4月至5月，市委第一巡察組對市財政局黨組、市委第二巡察組對市審計局黨組開展常規巡察，"
                "於7月上旬分別向被巡察單位黨組織反饋了巡察意見。",
        "feedback": {("市委第一巡察组", "市财政局党组", "2023-07"), ("市委第二巡察组", "市审计局党组", "2023-07")},
        "issued": "2023-10-15",
    },
    "negative: T1对A开展巡察。T2对B开展巡察，并于D向被巡察党组织反馈 (one team's sentence: its own units only)": {
        "text": "县委巡察整改公开\n　　2024年3月，县委第一巡察组对河田镇党委开展常规巡察。2024年4月，县委第二巡察组对濯田镇党委开展常规巡察，"
                "并于6月中旬向被巡察党组织反馈了巡察意见。",
        "feedback": {("县委第二巡察组", "濯田镇党委", "2024-06")},
        "issued": "2024-10-15",
    },
    "the same in Traditional, a county's units by kind": {
        "text": "今年5月至7月,省委派出4個巡視組開展巡視。其中,省委第一、第二巡視組分別對甲市、乙市開展常規巡視;省委第三至第四"
                "巡視組對省財政廳、省審計廳等2個省直單位開展常規巡視。9月下旬,省委各巡視組向被巡視黨組織反饋了巡視意見。",
        "feedback": {("省委第一巡视组", "甲市", "2025-09"), ("省委第二巡视组", "乙市", "2025-09"),
                     (None, "省财政厅", "2025-09"), (None, "省审计厅", "2025-09")},
        "issued": "2025-12-02",
    },
    "negative: 各巡视组 after a count of units no team is named for feeds back each team's units only": {
        "text": "本轮巡视于2025年9月至11月进行,中央派出2个巡视组,对4所中管高校党委开展常规巡视。中央第一巡视组对甲大学、"
                "乙大学开展巡视,中央第二巡视组对丙大学、丁大学开展巡视。12月上旬,各巡视组陆续向被巡视党组织反馈巡视情况。",
        "feedback": {("中央第一巡视组", "甲大学", "2025-12"), ("中央第一巡视组", "乙大学", "2025-12"),
                     ("中央第二巡视组", "丙大学", "2025-12"), ("中央第二巡视组", "丁大学", "2025-12")},
    },
    # ---------------------------------------------------------------- a round's report in sections, one a team or one a unit
    "a team's section, its units numbered beneath with the day each was fed back": {
        "text": "根据市委统一部署,2024年3月18日至5月24日,十二届市委第四轮巡察对4个单位党组织开展常规巡察。\n\n"
                "一、市委第一巡察组(组长:邵景明)\n1.市教育局党组。6月17日反馈,反馈问题18个,已整改16个。\n"
                "2.市科学技术协会党组(巡察“回头看”)。6月19日反馈,反馈问题7个,已整改7个。\n\n"
                "二、市委第二巡察组(组长:韦国栋)\n1.市民政局党组。6月13日反馈,反馈问题12个。\n2.市红十字会党组。6月14日反馈。\n",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第一巡察组", "市科学技术协会党组"),
                        ("市委第二巡察组", "市民政局党组"), ("市委第二巡察组", "市红十字会党组")},
        "dates": {"市红十字会党组": ("2024-03-18", "2024-05-24")},
        "modes": {"市科学技术协会党组": "回头看"},
        "feedback": {("市委第一巡察组", "市教育局党组", "2024-06-17"), ("市委第一巡察组", "市科学技术协会党组", "2024-06-19"),
                     ("市委第二巡察组", "市民政局党组", "2024-06-13"), ("市委第二巡察组", "市红十字会党组", "2024-06-14")},
        "issued": "2024-11-08",
    },
    "the same in Traditional, a company's teams with the section's 反馈时间 line": {
        "text": "2024年5月13日至7月5日,集團黨委2個巡察組對所屬3家單位黨組織開展了巡察。\n\n一、第一巡察組(組長:方振宇)\n"
                "反饋時間:9月2日\n(1)華瀾電力有限公司黨委:反饋問題16個,已整改14個;\n"
                "(2)華瀾電力濱海發電有限公司黨委(提級巡察):反饋問題13個,已整改12個。\n\n二、第二巡察組(組長:柴國慶)\n"
                "反饋時間:9月3日\n(1)華瀾新能源有限公司黨委:反饋問題15個,已整改13個。\n",
        "inspections": {("第一巡察组", "华澜电力有限公司党委"), ("第一巡察组", "华澜电力滨海发电有限公司党委"),
                        ("第二巡察组", "华澜新能源有限公司党委")},
        "modes": {"华澜电力滨海发电有限公司党委": "提级交叉"},
        "feedback": {("第一巡察组", "华澜电力有限公司党委", "2024-09-02"),
                     ("第一巡察组", "华澜电力滨海发电有限公司党委", "2024-09-02"),
                     ("第二巡察组", "华澜新能源有限公司党委", "2024-09-03")},
        "issued": "2024-11-20",
    },
    "a unit's section: the unit before its colon, then 由 the team that inspected it and the day it was fed back": {
        "text": "十五届县委第二轮巡察于2024年3月11日至4月30日开展。\n一、县发展和改革局党组:由县委第一巡察组进行巡察,5月28日反馈。"
                "反馈问题17个,已整改15个。\n二、县审计局党组:县委第一巡察组巡察,5月29日反馈,反馈问题11个。\n"
                "三、县卫生健康局党组:由县委第三巡察组进行巡察,6月3日反馈。\n",
        "inspections": {("县委第一巡察组", "县发展和改革局党组"), ("县委第一巡察组", "县审计局党组"),
                        ("县委第三巡察组", "县卫生健康局党组")},
        "feedback": {("县委第一巡察组", "县发展和改革局党组", "2024-05-28"), ("县委第一巡察组", "县审计局党组", "2024-05-29"),
                     ("县委第三巡察组", "县卫生健康局党组", "2024-06-03")},
        "issued": "2024-09-10",
    },
    "a paragraph opening with its label and team, its next sentence 巡察A、B without a subject (Traditional)": {
        "text": "第一組:縣委第一巡察組(組長:任海濤)。巡察縣公安局黨委、縣司法局黨組。\n\n"
                "第二組:縣委第二巡察組(組長:尹志剛)。巡察縣教育體育局黨組、縣第一中學黨委。",
        "inspections": {("县委第一巡察组", "县公安局党委"), ("县委第一巡察组", "县司法局党组"),
                        ("县委第二巡察组", "县教育体育局党组"), ("县委第二巡察组", "县第一中学党委")},
    },
    "negative: a numbered line of measures under a team's line names no unit": {
        "text": "一、市委第一巡察组(组长:邵景明)\n1.坚持问题导向。深入查找问题。\n2.压实整改责任。\n",
        "no_inspections": True,
    },
    "negative: 巡察 opening a sentence after a team named in passing is no team's inspection": {
        "text": "会议听取了县委第一巡察组和第二巡察组的工作汇报。巡察县直单位时要突出重点。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a copy wrapped at a fixed width
    "a list of units wrapped over lines goes on as one sentence (Traditional)": {
        "text": "12月10日,巖港區委第一巡察組向南湖街道黨工委反饋了巡察情況,並分\n別向青石社區黨委、荷花社區黨委、東園社區黨委、\n"
                "新橋社區黨委進行了\n反饋。",
        "normalised": ("并分别向青石社区党委、荷花社区党委、东园社区党委、新桥社区党委进行了反馈",),
        "feedback": {("岩港区委第一巡察组", t, "2024-12-10")
                     for t in ("南湖街道党工委", "青石社区党委", "荷花社区党委", "东园社区党委", "新桥社区党委")},
        "issued": "2024-12-12",
    },
    "negative: an index page's item ending in [详细] keeps the next item's date line apart": {
        "text": "2025年1月8日,市委第一巡察组向市司法局党组反馈巡察情况。…[详细]\n2025-01-09\n"
                "市委第二巡察组向市统计局党组反馈巡察情况\n",
        "normalised": ("[详细]\n2025-01-09",),
    },
    # ---------------------------------------------------------------- 该组 / 同组 / 这个巡察组: the team named last before
    "同组 and 该组 in later paragraphs: the team named last before them": {
        "text": "8月20日上午,县委第一巡察组向县发展和改革局党组反馈巡察情况。\n\n同日下午,同组向县工业和信息化局党组反馈巡察情况。"
                "\n\n8月21日,该组又先后向县商务局党组、县市场监督管理局党组反馈了巡察情况。\n\n"
                "8月22日,县委第二巡察组向东坪镇党委反馈巡察情况。\n\n8月23日,这个巡察组向西坪镇党委反馈了巡察情况。",
        "feedback": {("县委第一巡察组", "县发展和改革局党组", "2024-08-20"), ("县委第一巡察组", "县工业和信息化局党组", "2024-08-20"),
                     ("县委第一巡察组", "县商务局党组", "2024-08-21"), ("县委第一巡察组", "县市场监督管理局党组", "2024-08-21"),
                     ("县委第二巡察组", "东坪镇党委", "2024-08-22"), ("县委第二巡察组", "西坪镇党委", "2024-08-23")},
        "issued": "2024-08-26",
    },
    "the same in Traditional: 該巡視組 after a province's team": {
        "text": "11月3日,省委第二巡視組向甲市委反饋巡視情況。\n\n11月5日,該巡視組向乙縣委反饋巡視情況。",
        "feedback": {("省委第二巡视组", "甲市委", "2025-11-03"), ("省委第二巡视组", "乙县委", "2025-11-05")},
        "issued": "2025-11-10",
    },
    "negative: 同组 after a group of teams names no one team": {
        "text": "市委5个巡察组分别召开反馈会议。同日,同组向有关单位通报了情况。",
        "feedback": set(),
    },
    # ---------------------------------------------------------------- units 由 a team 负责, and a unit's line with its team in brackets
    "units the team is 负责 for, a line each (本轮巡察…各巡察组分工如下)": {
        "text": "本轮巡察派出2个巡察组,对5个市直单位党组织开展常规巡察。巡察时间为3月下旬至5月下旬。各巡察组分工如下:\n"
                "市发展和改革委员会党组、市财政局党组由市委第一巡察组负责;\n市教育局党委、市科学技术局党组、市审计局党组由市委第二巡察组负责。",
        "inspections": {("市委第一巡察组", "市发展和改革委员会党组"), ("市委第一巡察组", "市财政局党组"),
                        ("市委第二巡察组", "市教育局党委"), ("市委第二巡察组", "市科学技术局党组"), ("市委第二巡察组", "市审计局党组")},
        "issued": "2025-03-19",
    },
    "a unit's line with its team in brackets, then the day it was fed back (Traditional)": {
        "text": "2024年4月8日至6月14日,區委第一至第二巡察組對3個單位黨組織開展常規巡察。現將被巡察單位及反饋情況公佈如下:\n"
                "1.區發展和改革局黨組(第一巡察組),8月5日反饋,反饋問題14個;\n2.區商務局黨組(第一巡察組),8月6日反饋,反饋問題11個;\n"
                "3.區教育局黨組(第二巡察組),8月7日反饋,反饋問題16個。",
        "inspections": {("第一巡察组", "区发展和改革局党组"), ("第一巡察组", "区商务局党组"), ("第二巡察组", "区教育局党组")},
        "feedback": {("第一巡察组", "区发展和改革局党组", "2024-08-05"), ("第一巡察组", "区商务局党组", "2024-08-06"),
                     ("第二巡察组", "区教育局党组", "2024-08-07")},
        "issued": "2024-08-30",
    },

    # ---------------------------------------------------------------- a team by its ordinal alone (第四组), where the text names its committee's teams
    "a feedback schedule by day, teams by their ordinal alone under the committee's teams": {
        "text": "十届区委第五轮巡察于9月9日至10月31日开展,区委4个巡察组对8个区直单位党组织进行了常规巡察。"
                "11月18日至19日,各巡察组分别向被巡察党组织反馈了巡察情况。反馈安排如下:\n\n"
                "11月18日:第一组向区民政局党组、区司法局党组反馈;第二组向区卫生健康局党委反馈。\n\n"
                "11月19日:第一组向区残疾人联合会党组反馈;第三组向清河街道党工委反馈。",
        "feedback": {("区委第一巡察组", "区民政局党组", "2024-11-18"), ("区委第一巡察组", "区司法局党组", "2024-11-18"),
                     ("区委第二巡察组", "区卫生健康局党委", "2024-11-18"), ("区委第一巡察组", "区残疾人联合会党组", "2024-11-19"),
                     ("区委第三巡察组", "清河街道党工委", "2024-11-19")},
        "issued": "2024-12-03",
    },
    "the same in Traditional, a province's teams (第二組向甲市委反饋)": {
        "text": "省委3個巡視組於3月至5月對4個地方黨組織開展了常規巡視。7月間,各巡視組向被巡視黨組織反饋了巡視情況,安排如下:\n"
                "7月2日:第一組向甲市委反饋;第二組向乙市委反饋。\n7月3日:第三組向丙市委、丁市委反饋。",
        "feedback": {("省委第一巡视组", "甲市委", "2025-07-02"), ("省委第二巡视组", "乙市委", "2025-07-02"),
                     ("省委第三巡视组", "丙市委", "2025-07-03"), ("省委第三巡视组", "丁市委", "2025-07-03")},
        "issued": "2025-07-10",
    },
    "a paragraph by day whose teams are written by their ordinal alone, 反馈 with nothing after it (no 巡视 in the sentence)": {
        "text": "7月25日，省委第一巡视组向青禾市委反馈巡视情况。\n"
                "7月27日，第四组向省生态环境厅党组反馈，第五组向省水利厅党组反馈，第六组向省林业局党组反馈。\n"
                "7月28日，省委第七巡视组向省国资委党委反馈。",
        "feedback": {("省委第一巡视组", "青禾市委", "2022-07-25"), ("省委第四巡视组", "省生态环境厅党组", "2022-07-27"),
                     ("省委第五巡视组", "省水利厅党组", "2022-07-27"), ("省委第六巡视组", "省林业局党组", "2022-07-27"),
                     ("省委第七巡视组", "省国资委党委", "2022-07-28")},
        "issued": "2022-08-04",
    },
    "the same in Traditional, a city's teams, 分别 and ；": {
        "text": "9月3日，市委第二巡察組向市審計局黨組反饋巡察情況。\n9月4日，第三組分別向市統計局黨組、市檔案館黨組反饋；第四組向市氣象局黨組反饋。",
        "feedback": {("市委第二巡察组", "市审计局党组", "2023-09-03"), ("市委第三巡察组", "市统计局党组", "2023-09-04"),
                     ("市委第三巡察组", "市档案馆党组", "2023-09-04"), ("市委第四巡察组", "市气象局党组", "2023-09-04")},
        "issued": "2023-09-08",
    },
    "a team by its ordinal alone told of a unit's progress (反馈整改进展): no feedback of that team": {
        "text": "9月3日，市委第二巡察组向市审计局党组反馈巡察情况。\n9月4日，第三组向市委巡察办反馈整改进展。",
        "feedback": {("市委第二巡察组", "市审计局党组", "2023-09-03")},
        "issued": "2023-09-08",
    },
    "a cross-inspection team and the county team its leader comes from (交叉巡察第一组（组长：某，县委第一巡察组副组长）) are two teams": {
        "text": "县委组建2个交叉巡察组，对2个镇的村党组织开展交叉巡察。\n交叉巡察第一组（组长：杨某，县委第一巡察组副组长）进驻龙口镇，"
                "对龙口社区党支部、大坪村党支部开展巡察。\n交叉巡察第二组（组长：罗某，县委第二巡察组组长）对白泥村党支部开展巡察。",
        "inspections": {("县委交叉巡察第一组", "龙口社区党支部"), ("县委交叉巡察第一组", "大坪村党支部"),
                        ("县委交叉巡察第二组", "白泥村党支部")},
        "teams": {"县委交叉巡察第一组", "县委第一巡察组"},
        "issued": "2023-05-10",
    },
    "team lines: the team, its leader in brackets, an arrow to the township, a colon, then its villages (no comma closing a line)": {
        "text": "县委组建2个交叉巡察组，对2个乡镇的村（社区）开展交叉巡察。具体安排如下：\n"
                "交叉巡察第一组（组长：杨某，县委巡察办副主任）→龙口镇：龙口社区、大坪村、石桥村\n"
                "交叉巡察第二组（组长：罗某）→白泥镇：白泥社区、松林村\n",
        "inspections": {("交叉巡察第一组", "龙口社区"), ("交叉巡察第一组", "大坪村"), ("交叉巡察第一组", "石桥村"),
                        ("交叉巡察第二组", "白泥社区"), ("交叉巡察第二组", "松林村")},
        "not_targets": {"龙口镇", "白泥镇"},
        "issued": "2023-05-10",
    },
    "the same in Traditional, a district's teams and its streets": {
        "text": "各巡察組進駐安排如下：\n區委第一巡察組（組長：王某）→東湖街道：東湖社區黨委、南湖社區黨委\n區委第二巡察組→西湖街道：西湖社區黨委\n",
        "inspections": {("区委第一巡察组", "东湖社区党委"), ("区委第一巡察组", "南湖社区党委"), ("区委第二巡察组", "西湖社区党委")},
        "issued": "2023-05-10",
    },
    "a team's heading with its place and count in nested brackets (县委第五巡察组（石桥镇13个村（社区））), its villages beneath": {
        "text": "县委第五巡察组、第六巡察组将对两镇5个村（社区）党组织开展巡察。\n巡察对象：\n县委第五巡察组（石桥镇3个村（社区））\n"
                "石桥村党总支 金竹村党支部 白沙社区党委\n县委第六巡察组（马头镇2个村）\n马头村党总支、桃花村党支部\n",
        "inspections": {("县委第五巡察组", "石桥村党总支"), ("县委第五巡察组", "金竹村党支部"), ("县委第五巡察组", "白沙社区党委"),
                        ("县委第六巡察组", "马头村党总支"), ("县委第六巡察组", "桃花村党支部")},
        "issued": "2022-04-13",
    },
    "the same in Traditional, the count alone with its kind (（共2個黨組織）)": {
        "text": "縣委第一巡察組、第二巡察組對4個黨組織開展巡察。\n縣委第一巡察組（共2個黨組織）\n縣教育局黨組、縣衛生健康局黨組\n"
                "縣委第二巡察組（柳河鎮2個村）\n柳河村黨支部、楊家村黨支部\n",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县卫生健康局党组"),
                        ("县委第二巡察组", "柳河村党支部"), ("县委第二巡察组", "杨家村党支部")},
        "issued": "2022-04-13",
    },
    "组别⏎被巡察党组织⏎一组⏎A、B⏎二组⏎C: a two-column table flattened one cell a line, its teams by ordinal and 组 alone": {
        "text": "十三届县委第八轮巡察派出3个巡察组，对5个党组织开展巡察。各组分工见下表：\n组别\n被巡察党组织\n一组\n"
                "县教育局党组、县第一中学党委\n二组\n县卫生健康局党组、县人民医院党委\n三组\n白鹭镇党委\n",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县第一中学党委"), ("县委第二巡察组", "县卫生健康局党组"),
                        ("县委第二巡察组", "县人民医院党委"), ("县委第三巡察组", "白鹭镇党委")},
        "issued": "2019-10-21",
    },
    "the same in Traditional, with the city's teams": {
        "text": "十屆市委第二輪巡察派出2個巡察組，對3個黨組織開展巡察。\n組別\n被巡察黨組織\n一組\n市財政局黨組、市審計局黨組\n二組\n"
                "市水務局黨組\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市水务局党组")},
        "issued": "2019-10-21",
    },
    "一组 alone on a line of a page on no inspection's teams (一组⏎数据显示…) is no team": {
        "text": "县统计局发布一季度经济数据。\n一组\n数据显示，全县生产总值增长5%。\n二组\n数据显示，固定资产投资增长3%。\n",
        "teams": set(),
        "issued": "2019-10-21",
    },
    "a team's line of groups each opening with its mode (第一巡察组：“回头看”A、B；常规巡察C、D)": {
        "text": "本轮巡察派出2个巡察组，对3个单位开展巡察“回头看”，同时对3个单位开展常规巡察。具体安排如下：\n"
                "第一巡察组：“回头看”县发改局、县统计局；常规巡察县科技局、县工信局。\n第二巡察组：“回头看”县教育局；常规巡察县第一中学。\n",
        "inspections": {("第一巡察组", "县发改局"), ("第一巡察组", "县统计局"), ("第一巡察组", "县科技局"), ("第一巡察组", "县工信局"),
                        ("第二巡察组", "县教育局"), ("第二巡察组", "县第一中学")},
        "issued": "2019-05-13",
    },
    "the same in Traditional, a city's teams with 提级巡察 and 專項巡察 groups": {
        "text": "市委第三輪巡察具體安排如下：\n市委第一巡察組：常規巡察市財政局黨組；提級巡察柳河鎮黨委、楊家鎮黨委。\n"
                "市委第二巡察組：專項巡察市醫療保障局黨組；常規巡察市審計局黨組。\n",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "柳河镇党委"), ("市委第一巡察组", "杨家镇党委"),
                        ("市委第二巡察组", "市医疗保障局党组"), ("市委第二巡察组", "市审计局党组")},
        "issued": "2019-05-13",
    },
    "a team's line naming its mode and then its work, no unit (第一巡察组：常规巡察工作；专项检查), is no inspection": {
        "text": "本轮巡察具体分工如下：\n第一巡察组：常规巡察工作；专项检查财务制度。\n",
        "inspections": set(),
        "issued": "2019-05-13",
    },
    "T　进驻A　进驻时间：4月17日 (a line's cells apart by spaces, the entry's day a field after the unit)": {
        "text": "市委第二轮巡察完成进驻\n4月17日至18日，市委第二轮巡察2个巡察组完成进驻。具体进驻情况如下：\n"
                "市委第一巡察组　进驻白蒲镇党委　进驻时间：4月17日\n市委第二巡察组　进驻市教育体育局党委　进驻时间：4月18日\n",
        "inspections": {("市委第一巡察组", "白蒲镇党委"), ("市委第二巡察组", "市教育体育局党委")},
        "issued": "2025-04-21",
    },
    "the same in Traditional, a county's teams and their phones as the field": {
        "text": "縣委第三輪巡察完成進駐\n縣委第一巡察組進駐縣財政局黨組　值班電話：0513-1234567\n縣委第二巡察組進駐柳河鎮黨委　值班電話：0513-1234568\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "柳河镇党委")},
        "issued": "2025-04-21",
    },
    "T分别召开巡察A、B、C工作动员会 (the team holds each unit's meeting, 分别 before 召开): its units": {
        "text": "市委第二巡察组进驻3个单位开展巡察\n5月16日，市委第二巡察组分别召开巡察市住房和城乡建设局党组、市城市管理局党组、"
                "市人民防空办公室党组工作动员会，正式进驻3个单位开展常规巡察。",
        "inspections": {("市委第二巡察组", "市住房和城乡建设局党组"), ("市委第二巡察组", "市城市管理局党组"),
                        ("市委第二巡察组", "市人民防空办公室党组")},
        "issued": "2022-05-17",
    },
    "the same in Traditional, T先後召開巡察A、B見面溝通會": {
        "text": "縣委第一巡察組進駐\n4月8日，縣委第一巡察組先後召開巡察縣財政局黨組、縣審計局黨組見面溝通會。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组")},
        "issued": "2023-04-09",
    },
    "negative: T分别召开巡察工作动员会和座谈会 (meetings of no unit named)": {
        "text": "县委第一巡察组进驻\n4月8日，县委第一巡察组分别召开巡察工作动员会和个别谈话会。",
        "inspections": set(),
        "issued": "2023-04-09",
    },
    "本轮巡察将延伸巡察A / 并告知同步延伸巡察B (the one team's inspection extended, inside a clause)": {
        "text": "县委第三巡察组进驻西沟乡\n　　3月15日，县委第三巡察组巡察西沟乡党委工作动员会召开。\n"
                "　　会上，巡察组组长就本次巡察工作作了讲话，表示本轮巡察将延伸巡察西沟村党总支，围绕发展壮大村集体经济开展监督。",
        "inspections": {("县委第三巡察组", "西沟乡党委"), ("县委第三巡察组", "西沟村党总支")},
        "issued": "2022-03-16",
    },
    "本轮巡察同步对A、B开展延伸巡察 in a sentence after the team's (the one team the page names)": {
        "text": "县委第一巡察组进驻龙泉关镇开展巡察\n　　4月6日上午，县委第一巡察组巡察龙泉关镇党委动员会召开。\n"
                "　　根据县委统一安排，本轮巡察同步对骆驼湾村党支部、顾家台村党支部开展延伸巡察。",
        "inspections": {("县委第一巡察组", "龙泉关镇党委"), ("县委第一巡察组", "骆驼湾村党支部"), ("县委第一巡察组", "顾家台村党支部")},
        "issued": "2021-04-07",
    },
    "the same in Traditional, 同步延伸巡察 after 並告知": {
        "text": "縣委第二巡察組巡察槐店鄉黨委工作動員會召開\n　　10月10日，縣委第二巡察組巡察槐店鄉黨委工作動員會召開。\n"
                "　　會上，巡察組組長作了講話，並告知同步延伸巡察東嶽村黨支部。",
        "inspections": {("县委第二巡察组", "槐店乡党委"), ("县委第二巡察组", "东岳村党支部")},
        "issued": "2023-10-11",
    },
    "negative: two teams named, then 同步对A开展延伸巡察 (whose extension the text does not say): no team for A": {
        "text": "县委巡察组进驻\n　　4月6日，县委第一巡察组进驻龙泉关镇党委，县委第二巡察组进驻城南镇党委。\n"
                "　　本轮巡察同步对骆驼湾村党支部开展延伸巡察。",
        "inspections": {("县委第一巡察组", "龙泉关镇党委"), ("县委第二巡察组", "城南镇党委"), (None, "骆驼湾村党支部")},
        "issued": "2021-04-07",
    },
    "具体分工为:T1巡视A,B;T2巡视C,D (a crawler's half-width commas for 、 between a team's units)": {
        "text": "十一届市委第五轮巡视全面进驻\n  具体分工为:市委第一巡视组巡视市发展改革委,市财政局;市委第二巡视组巡视市工业和信息化局,市商务局;"
                "市委第三巡视组巡视河北区,红桥区。",
        "inspections": {("市委第一巡视组", "市发展改革委"), ("市委第一巡视组", "市财政局"), ("市委第二巡视组", "市工业和信息化局"),
                        ("市委第二巡视组", "市商务局"), ("市委第三巡视组", "河北区"), ("市委第三巡视组", "红桥区")},
        "issued": "2019-04-16",
    },
    "the same in Traditional, leaders in brackets after each team and full-width commas": {
        "text": "省委第四輪巡視完成進駐\n具體分工如下：省委第一巡視組（組長：王某）巡視山東鋼鐵集團有限公司，山東省港口集團有限公司；"
                "省委第二巡視組（組長：李某）巡視青島大學，山東科技大學。",
        "inspections": {("山东省委第一巡视组", "山东钢铁集团有限公司"), ("山东省委第一巡视组", "山东省港口集团有限公司"),
                        ("山东省委第二巡视组", "青岛大学"), ("山东省委第二巡视组", "山东科技大学")},
        "issued": "2024-04-08",
    },
    "negative: T巡视A,为期两个月 (a clause after the comma, no unit)": {
        "text": "市委巡视进驻\n市委第一巡视组巡视市财政局,为期两个月;市委第二巡视组巡视市商务局,重点检查落实情况。",
        "inspections": {("市委第一巡视组", "市财政局"), ("市委第二巡视组", "市商务局")},
        "issued": "2019-04-16",
    },
    "菏泽、临沂、聊城3市及所属6个县 in the round's lead is no fuller name of a team's 聊城市": {
        "text": "省委巡视完成进驻\n　　省委第一轮巡视3个巡视组近日完成进驻，对菏泽、临沂、聊城3市及所属6个县开展脱贫攻坚专项巡视。\n"
                "　　省委第一巡视组巡视菏泽市及所属曹县、单县；省委第二巡视组巡视临沂市及所属沂南县、平邑县；省委第三巡视组巡视聊城市及所属莘县、冠县。",
        "inspections": {("省委第一巡视组", "菏泽市"), ("省委第一巡视组", "曹县"), ("省委第一巡视组", "单县"),
                        ("省委第二巡视组", "临沂市"), ("省委第二巡视组", "沂南县"), ("省委第二巡视组", "平邑县"),
                        ("省委第三巡视组", "聊城市"), ("省委第三巡视组", "莘县"), ("省委第三巡视组", "冠县")},
        "not_targets": {"聊城3市"},
        "issued": "2018-04-08",
    },
    "the same in Traditional, a round of cities and the 2市 of its list (甲、乙2市)": {
        "text": "省委巡視完成進駐\n　　省委第二輪巡視2個巡視組近日完成進駐，對德州、濱州2市開展專項巡視。\n"
                "　　省委第一巡視組巡視德州市；省委第二巡視組巡視濱州市。",
        "inspections": {("省委第一巡视组", "德州市"), ("省委第二巡视组", "滨州市")},
        "not_targets": {"滨州2市"},
        "issued": "2018-04-08",
    },
    "a team's 市委 is never completed with the city it inspects (市委第三巡察组对双辽市开展巡察: no 双辽市委)": {
        "text": "整改通报\n市委统筹推进市县巡察：市委第二巡察组对伊通满族自治县、市委第三巡察组对双辽市开展常规巡察。",
        "teams": {"市委第二巡察组", "市委第三巡察组"},
        "inspections": {("市委第二巡察组", "伊通满族自治县"), ("市委第三巡察组", "双辽市")},
        "issued": "2020-12-01",
    },
    "the same in Traditional, the city a host of the feedback (瑞金市、于都縣分別召開市委巡察反饋會)": {
        "text": "市委巡察組完成反饋\n　　3月15日，瑞金市、于都縣分別召開市委巡察反饋會，市委第一、第二巡察組分別向上述縣（市）黨委反饋了巡察情況。",
        "teams": {"市委第一巡察组", "市委第二巡察组"},
        "inspections": {("市委第一巡察组", "瑞金市"), ("市委第二巡察组", "于都县")},
        "issued": "2021-03-19",
    },
    "a rectification report's own rounds: 今年，市委对A等12个乡镇开展提级巡察，对B开展巡察“回头看” (a year's work told)": {
        "text": "中共盐城市委关于巡视整改进展情况的通报\n4.巡察工作深度有待提升。今年，市委对响水县陈家港镇等12个乡镇开展提级巡察，"
                "对滨海县开展巡察“回头看”。",
        "inspections": {(None, "响水县陈家港镇"), (None, "滨海县")},
        "issued": "2023-09-20",
    },
    "…开展了两轮巡察，巡察了A、B、C等14个部门党组织 (a clause of the units inspected, after the clause of who)": {
        "text": "中共佳木斯市委关于巡视整改进展情况的通报\n今年以来，市委还对市直部门开展了两轮巡察，巡察了市住房和城乡建设局、"
                "市农业农村局、市医疗保障局等14个部门党组织，实现了本届市委巡察全覆盖。",
        "inspections": {(None, "市住房和城乡建设局"), (None, "市农业农村局"), (None, "市医疗保障局")},
        "issued": "2020-08-21",
    },
    "the same in Traditional, and a report's inline team lines closed by 。 before the next round's sentence": {
        "text": "中共瀏陽市委關於巡視整改進展情況的通報\n十六屆市委第八輪巡察被巡察黨組織如下：市委第一巡察組：大圍山鎮、古港鎮；"
                "市委第二巡察組：瀏陽市教育局、瀏陽市衛生健康局。第九輪巡察中，市委第一巡察組對官渡鎮開展巡察。\n"
                "去年，市委對永安鎮開展巡察“回頭看”。",
        "inspections": {("浏阳市委第一巡察组", "大围山镇"), ("浏阳市委第一巡察组", "古港镇"), ("浏阳市委第二巡察组", "浏阳市教育局"),
                        ("浏阳市委第二巡察组", "浏阳市卫生健康局"), ("浏阳市委第一巡察组", "官渡镇"), (None, "永安镇")},
        "issued": "2025-06-20",
    },
    "negative: 今年，市委将对A开展巡察 (to come) / 巡察了解到A存在… (what the inspection learned)": {
        "text": "中共某市委关于巡视整改进展情况的通报\n今年，市委将对滨海县开展巡察“回头看”。市委巡察组在巡察中，巡察了解到市水务局存在违规问题。",
        "inspections": set(),
        "issued": "2023-09-20",
    },
    "…巡察期间，同步延伸巡察了A、B (an extension of an inspection naming no team: none either)": {
        "text": "江西高院深化党组巡察工作\n　　今年以来，江西省高级人民法院党组先后对南昌中院、赣州中院开展了常规巡察。"
                "今年对赣州中院巡察期间，同步延伸巡察了于都县人民法院、瑞金市人民法院。",
        "inspections": {(None, "南昌中院"), (None, "赣州中院"), (None, "于都县人民法院"), (None, "瑞金市人民法院")},
        "issued": "2019-12-17",
    },
    "negative: 今年市委首次对县（区）所属乡镇开展提级巡察 (what a kind of round is) / 巡视了300多个党组织 (a rough count, no unit)": {
        "text": "市委提级巡察\n今年市委首次对县（区）所属乡镇开展提级巡察。十八届中央巡视共开展12轮，巡视了300多个党组织，首次实现全覆盖。",
        "inspections": set(),
    },
    "…共开展12轮，巡视了277个党组织 (a term's count of units, none named: the target as written)": {
        "text": "巡视全覆盖\n十八届中央巡视共开展12轮，巡视了277个党组织，首次实现一届任期内巡视全覆盖。",
        "inspections": {(None, "277个党组织")},
        "issued": "2023-08-14",
    },
    "江阴市纪委监委's page naming 无锡市委、江阴市委 once each: its teams are 江阴市委's (and T1向A、B，T2向C、D，分别反馈)": {
        "text": "江阴市纪委监委\n首页 > 巡察工作\n市委第五轮巡察反馈会陆续召开\n　　6月19日至21日，市委第一巡察组向璜土镇党委、月城镇党委，"
                "市委第二巡察组向青阳镇党委、徐霞客镇党委，分别反馈了巡察情况。\n　　各镇党委要认真贯彻落实中央、省委和无锡市委、江阴市委决策部署。",
        "teams": {"江阴市委第一巡察组", "江阴市委第二巡察组"},
        "inspections": {("江阴市委第一巡察组", "璜土镇党委"), ("江阴市委第一巡察组", "月城镇党委"),
                        ("江阴市委第二巡察组", "青阳镇党委"), ("江阴市委第二巡察组", "徐霞客镇党委")},
        "issued": "2018-06-22",
    },
    "the same in Traditional, 無錫市紀委監委's page: its teams are 無錫市委's": {
        "text": "無錫市紀委監委\n首頁 > 巡察工作\n市委第五輪巡察反饋會召開\n　　6月19日，市委第一巡察組向市財政局黨組，市委第二巡察組向市審計局黨組，"
                "分別反饋了巡察情況。\n　　要認真貫徹落實中央、省委和江陰市委、無錫市委決策部署。",
        "teams": {"无锡市委第一巡察组", "无锡市委第二巡察组"},
        "issued": "2018-06-22",
    },
    "截至昨日，A、B、C等26家央企的整改通报已全部公开 (the units whose reports are out, inspected)": {
        "text": "26央企晒巡视整改\n中纪委监察部网站8月下旬起集中刊发中央专项巡视的整改情况通报。截至昨日，中国石油天然气集团公司、"
                "中国石油化工集团公司、国家电网公司等26家央企的整改通报已全部公开。",
        "inspections": {(None, "中国石油天然气集团公司"), (None, "中国石油化工集团公司"), (None, "国家电网公司")},
        "issued": "2015-09-01",
    },
    "the same in Traditional, 的整改報告已悉數公布": {
        "text": "多家央企曬整改\n中國移動通信集團公司、東風汽車公司等8家央企的巡視整改報告已悉數公布。",
        "inspections": {(None, "中国移动通信集团公司"), (None, "东风汽车公司")},
        "issued": "2015-09-01",
    },
    "A前日在中纪委网站公开巡视整改情况。同日公开整改通报的，还有B、C及D等多家金融机构 (a cleft's units, after 还有)": {
        "text": "证监会晒巡视整改\n中国证监会前日在中纪委网站公开巡视整改情况。同日公开整改通报的，还有中国人民银行、中国银监会及中国工商银行等多家金融机构。",
        "inspections": {(None, "中国证监会"), (None, "中国人民银行"), (None, "中国银监会"), (None, "中国工商银行")},
        "issued": "2016-05-07",
    },
    "the same in Traditional, 同日公布整改報告的還包括A、B": {
        "text": "銀監會曬巡視整改\n中國銀監會昨日在中紀委網站公開巡視整改情況。同日公布整改報告的，還包括中國農業銀行、中國銀行。",
        "inspections": {(None, "中国银监会"), (None, "中国农业银行"), (None, "中国银行")},
        "issued": "2016-05-07",
    },
    "a report's own rounds by kind: ——市直部门：A、B（T1），C、D（T2），E（T3）。 (each group of units its team in brackets)": {
        "text": "中共赣州市委关于巡视整改进展情况的通报\n整改情况：五届市委以来已巡察党组织情况如下：\n"
                "——市直部门：市发展和改革委员会党组、市教育局党组（市委第一巡察组），市民政局党组、市财政局党组（市委第二巡察组），"
                "市城市管理局党组（市委第六巡察组）。\n——学校医院：赣州市人民医院党委、赣州市第五人民医院党委（市委第三巡察组）。",
        "inspections": {("赣州市委第一巡察组", "市发展和改革委员会党组"), ("赣州市委第一巡察组", "市教育局党组"),
                        ("赣州市委第二巡察组", "市民政局党组"), ("赣州市委第二巡察组", "市财政局党组"), ("赣州市委第六巡察组", "市城市管理局党组"),
                        ("赣州市委第三巡察组", "赣州市人民医院党委"), ("赣州市委第三巡察组", "赣州市第五人民医院党委")},
        "issued": "2019-08-22",
    },
    "the same in Traditional, a group under two teams (（市委第一、第二巡察組）: which inspected which unsaid, none)": {
        "text": "中共義烏市委關於巡視整改進展情況的通報\n整改情況：2020年開展三輪巡察：\n"
                "一、鎮街（6個）：稠城街道、北苑街道（市委第一、第二巡察組），佛堂鎮、赤岸鎮（市委第三巡察組）\n",
        "inspections": {(None, "稠城街道"), (None, "北苑街道"), ("义乌市委第三巡察组", "佛堂镇"), ("义乌市委第三巡察组", "赤岸镇")},
        "issued": "2020-12-01",
    },
    "A、B等中央企业相继公布整改进度 (进度 for 进展: the units that published, inspected)": {
        "text": "中管企业晒巡视整改\n中央纪委国家监委网站今天起陆续刊出十九届中央第四轮巡视的整改进展情况通报。中国华能集团有限公司、"
                "中国大唐集团有限公司等中央企业相继公布整改进度。",
        "inspections": {(None, "中国华能集团有限公司"), (None, "中国大唐集团有限公司")},
        "issued": "2020-05-14",
    },
    "the same in Traditional (中央社's wording)": {
        "text": "中共中管企業晒巡視整改\n中共中央紀委國家監委網站今天起陸續刊出巡視整改進展情況通報。中國華電集團有限公司、東風汽車集團有限公司等"
                "中央企業相繼公布整改進度。",
        "inspections": {(None, "中国华电集团有限公司"), (None, "东风汽车集团有限公司")},
        "issued": "2020-05-14",
    },
    "A、B、C 3个地级市，以及D、E等省直单位相继晒出整改清单 (晒出 for 公布, 清单 for 报告)": {
        "text": "粤省委巡视整改公开\n南粤清风网近日集中公布省委第三轮巡视的整改情况，潮州市、揭阳市、河源市3个地级市，以及广东省交通运输厅、"
                "广东省住房和城乡建设厅等省直单位相继晒出整改清单。",
        "inspections": {(None, "潮州市"), (None, "揭阳市"), (None, "河源市"), (None, "广东省交通运输厅"), (None, "广东省住房和城乡建设厅")},
        "issued": "2016-06-22",
    },
    "A、B、C，以及D、E等单位的整改通报陆续公开 (two lists joined by 以及, the second closed by its kind)": {
        "text": "京四区晒巡视整改\n海淀区、朝阳区、丰台区，以及北京市住房和城乡建设委员会、北京市规划和自然资源委员会等单位的整改通报陆续公开。",
        "inspections": {(None, "海淀区"), (None, "朝阳区"), (None, "丰台区"), (None, "北京市住房和城乡建设委员会"),
                        (None, "北京市规划和自然资源委员会")},
        "issued": "2019-01-25",
    },
    "the same in Traditional, the kind 等單位 alone after one list": {
        "text": "京四區曬巡視整改\n北京市住房和城鄉建設委員會、北京市規劃和自然資源委員會等單位的整改通報陸續公開。",
        "inspections": {(None, "北京市住房和城乡建设委员会"), (None, "北京市规划和自然资源委员会")},
        "issued": "2019-01-25",
    },
    "negative: 会上，局办公室通报了巡察整改总体进展情况 (an office reporting at a meeting, no unit that published)": {
        "text": "我局召开巡察整改工作推进会\n按照区委统一部署，区委第二巡察组于3月18日至5月17日对我局开展了常规巡察。"
                "会上，局办公室通报了巡察整改总体进展情况。",
        "not_targets": {"局办公室"},
        "issued": "2024-08-09",
    },
    "（以下分别简称一组、二组、三组） after a list of teams, then units each with its team's short name in brackets": {
        "text": "本轮巡察由区委第一、第二、第三巡察组（以下分别简称一组、二组、三组）对5个党组织开展常规巡察。具体为：\n"
                "区直部门（3个）：区商务局党组（一组）；区应急管理局党组（二组）；区水利局党组（三组）。\n"
                "区属国有企业（2个）：区城市发展投资集团有限公司党委（一组）、区交通建设投资有限公司党支部（二组）。",
        "inspections": {("区委第一巡察组", "区商务局党组"), ("区委第二巡察组", "区应急管理局党组"), ("区委第三巡察组", "区水利局党组"),
                        ("区委第一巡察组", "区城市发展投资集团有限公司党委"), ("区委第二巡察组", "区交通建设投资有限公司党支部")},
        "issued": "2022-03-15",
    },
    "the same in Traditional, the short names quoted side by side (“一組”“二組”)": {
        "text": "縣委第一巡察組、縣委第二巡察組（以下分別簡稱“一組”“二組”）對3個單位開展常規巡察，具體為：縣財政局黨組（一組）、"
                "縣審計局黨組（一組）、縣統計局黨組（二組）。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "县统计局党组")},
        "issued": "2022-03-15",
    },
    "一组、二组、三组分别向A、B、C反馈 under a university's round, no team named in full: each its team, written so too": {
        "text": "学校党委第五轮巡察集中反馈会召开\n7月5日下午，学校党委第五轮巡察集中反馈会在图书馆报告厅召开。会上，一组、二组、三组分别向"
                "化学化工学院党委、土木工程学院党委、继续教育学院党总支反馈了巡察情况。",
        "feedback": {("学校党委第一巡察组", "化学化工学院党委", "2023-07-05"), ("学校党委第二巡察组", "土木工程学院党委", "2023-07-05"),
                     ("学校党委第三巡察组", "继续教育学院党总支", "2023-07-05")},
        "team_aliases": {"学校党委第一巡察组": "一组", "学校党委第三巡察组": "三组"},
        "issued": "2023-07-06",
    },
    "the same in Traditional, a county's round, 一組和二組 entering": {
        "text": "十四屆縣委第三輪巡察啓動。一組和二組於3月6日分別進駐縣財政局黨組、縣審計局黨組開展常規巡察。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县审计局党组")},
        "issued": "2024-03-07",
    },
    "一组向A反馈 alone after the teams named in full with their ordinals (Traditional): that team, written so too": {
        "text": "自治區黨委第一、第二巡視組近日向被巡視黨組織反饋了巡視情況。\n其中，一組向桂西市委反饋；二組分別向自治區糖業集團有限公司黨委、"
                "自治區林業集團有限公司黨委反饋。\n值得注意的是，此次巡視中自治區黨委首次對區屬國有企業開展“一托二”巡視。",
        "feedback": {("自治区党委第一巡视组", "桂西市委", None), ("自治区党委第二巡视组", "自治区糖业集团有限公司党委", None),
                     ("自治区党委第二巡视组", "自治区林业集团有限公司党委", None)},
        "team_aliases": {"自治区党委第一巡视组": "一组"},
        "not_teams": {"中自治区党委第一巡视组"},
        "issued": "2021-01-12",
    },
    "一组在巡察A期间，延伸巡察B / 三组巡察C (Traditional), after the teams named in full by their ordinals": {
        "text": "6月12日，旗委第一、二、三巡察組分別進駐烏蘭鎮黨委、巴音敖包蘇木黨委、旗農牧和科技局黨組開展常規巡察。其中，一組在巡察烏蘭鎮黨委期間，"
                "延伸巡察烏蘭社區和圖門嘎查；三組巡察旗農牧和科技局黨組，並延伸巡察旗動物疫病預防控制中心。",
        "inspections": {("旗委第一巡察组", "乌兰镇党委"), ("旗委第二巡察组", "巴音敖包苏木党委"), ("旗委第三巡察组", "旗农牧和科技局党组"),
                        ("旗委第一巡察组", "乌兰社区"), ("旗委第一巡察组", "图门嘎查"), ("旗委第三巡察组", "旗动物疫病预防控制中心")},
        "issued": "2023-06-13",
    },
    "the same in Simplified, 二组对A开展巡察 after a city's teams": {
        "text": "市委第一巡察组、第二巡察组于3月进驻。其中，二组对市林业局党组开展巡察。",
        "inspections": {("市委第二巡察组", "市林业局党组")},
        "issued": "2023-06-13",
    },
    "negative: 一组 as a set of things (一组数据, 一组照片, ，一组对比) under a round's teams: no team": {
        "text": "市委第一巡察组向市财政局党组反馈了巡察情况。会上展示了一组照片，一组对比数据显示整改成效明显。",
        "feedback": {("市委第一巡察组", "市财政局党组", None)},
        "teams": {"市委第一巡察组"},
        "issued": "2023-07-06",
    },
    "units, each with its team in brackets by ordinal alone, and places sharing a counted kind": {
        "text": "本轮巡察派出3个巡察组,对5个市直单位党组织开展常规巡察,同时对两个镇党委开展提级巡察。巡察时间为3月下旬至5月下旬。"
                "各巡察组分工如下:\n市财政局党组、市审计局党组由市委第一巡察组负责;\n"
                "市卫生健康委员会党组(第二组)、市医疗保障局党组(第二组)、市疾病预防控制中心党委(第二组);\n"
                "岚山、桐溪两个镇党委(第三组,提级巡察)。",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"),
                        ("市委第二巡察组", "市卫生健康委员会党组"), ("市委第二巡察组", "市医疗保障局党组"),
                        ("市委第二巡察组", "市疾病预防控制中心党委"), ("市委第三巡察组", "岚山"), ("市委第三巡察组", "桐溪")},
        "modes": {"岚山": "提级交叉"},
        "issued": "2025-03-19",
    },
    "the same in Traditional, teams in full in the brackets": {
        "text": "本輪巡察共派出2個巡察組,巡察時間為4月上旬至5月下旬,各組分工如下:\n"
                "縣交通運輸局黨組(縣委第一巡察組)、縣水利局黨組(縣委第一巡察組);\n縣林業局黨組(縣委第二巡察組)。",
        "inspections": {("县委第一巡察组", "县交通运输局党组"), ("县委第一巡察组", "县水利局党组"), ("县委第二巡察组", "县林业局党组")},
        "issued": "2025-04-08",
    },
    "negative: 督查第一组 and a bare 第二组 of a page that names no inspection team": {
        "text": "市委督查室派出3个督查组开展专项督查。督查第一组负责市财政局、市审计局;第二组负责市水利局。",
        "no_inspections": True,
    },
    "negative: a bare ordinal where two committees' teams are named is no team": {
        "text": "省委第二巡视组进驻甲市期间,市委第一巡察组同步对乙县开展提级巡察。会上,第一组通报了有关情况。",
        "teams": {"省委第二巡视组", "市委第一巡察组"},
        "not_teams": {"省委第一巡视组", "市委第一巡视组"},
    },
    # ---------------------------------------------------------------- a team, then the units it inspects in brackets
    "teams each with the unit they inspect in brackets (省委第一巡视组(巡视甲市))": {
        "text": "经省委批准,十二届省委第十轮巡视3个巡视组近日已全部完成进驻,对2个设区市党委和1家省属企业党委开展常规巡视。"
                "各巡视组及巡视对象如下:省委第一巡视组(巡视泊州市)、省委第二巡视组(巡视靖川市)、省委第三巡视组(巡视省能源集团有限公司)。",
        "inspections": {("省委第一巡视组", "泊州市"), ("省委第二巡视组", "靖川市"), ("省委第三巡视组", "省能源集团有限公司")},
        "issued": "2025-04-22",
    },
    "the same in Hong Kong Traditional, two units in one bracket": {
        "text": "中央第五輪巡視15個巡視組已於3月下旬陸續完成進駐。其中,中央第一巡視組(巡視國家糧食儲運管理局)、"
                "中央第五巡視組(巡視甲總公司、乙研究院)。",
        "inspections": {("中央第一巡视组", "国家粮食储运管理局"), ("中央第五巡视组", "甲总公司"), ("中央第五巡视组", "乙研究院")},
        "issued": "2025-03-28",
    },
    "negative: a team's leaders in brackets are no units": {
        "text": "省委第一巡视组(组长李明、副组长王强)已于3月10日进驻甲市开展巡视。",
        "inspections": {("省委第一巡视组", "甲市")},
        "issued": "2025-03-12",
    },
    # ---------------------------------------------------------------- a team by its leader (某某带队的巡察组)
    "teams told by their leader after their leaders were named in brackets; two leaders' teams share out 分别": {
        "text": "2024年10月14日至11月22日,校党委第六轮巡察派出3个巡察组,对6个二级单位党组织开展常规巡察。"
                "其中,第一巡察组(组长孙立平)巡察2个单位:机械工程学院党委、材料学院党委;第二巡察组(组长钟敏)巡察2个单位:法学院党委、"
                "外国语学院党委;第三巡察组(组长高远)巡察2个单位:图书馆直属党总支、后勤保障处党委。\n\n"
                "12月9日,孙立平带队的巡察组分别向机械工程学院党委、材料学院党委反馈巡察情况。"
                "12月10日,钟敏、高远带队的巡察组分别向法学院党委、外国语学院党委和图书馆直属党总支、后勤保障处党委反馈。",
        "inspections": {("第一巡察组", "机械工程学院党委"), ("第一巡察组", "材料学院党委"), ("第二巡察组", "法学院党委"),
                        ("第二巡察组", "外国语学院党委"), ("第三巡察组", "图书馆直属党总支"), ("第三巡察组", "后勤保障处党委")},
        "feedback": {("第一巡察组", "机械工程学院党委", "2024-12-09"), ("第一巡察组", "材料学院党委", "2024-12-09"),
                     ("第二巡察组", "法学院党委", "2024-12-10"), ("第二巡察组", "外国语学院党委", "2024-12-10"),
                     ("第三巡察组", "图书馆直属党总支", "2024-12-10"), ("第三巡察组", "后勤保障处党委", "2024-12-10")},
        "issued": "2024-12-13",
    },
    "the same in Traditional: 率領的巡視組 after 組長 after the team": {
        "text": "4月17日,省委第五巡視組組長何振宇在巡視洛溪市工作動員會上講話。何振宇率領的巡視組還將同步對青溪縣委、白石縣委開展提級巡視。",
        # (the team's leader speaks at the mobilisation meeting of the city it inspects: that inspection too)
        "inspections": {("省委第五巡视组", "洛溪市"), ("省委第五巡视组", "青溪县委"), ("省委第五巡视组", "白石县委")},
        "issued": "2025-04-22",
    },
    "negative: a leader's 调研组 is no inspection team": {
        "text": "3月5日,市委第一巡察组组长张立新在甲局动员会上讲话。3月8日,张立新带队的调研组赴乙县调研。",
        "not_targets": {"乙县"},
    },
    # ---------------------------------------------------------------- a team's count of units, then the units; a team split into groups
    "a team's count of units after it, then the units; its groups' units are the team's (Traditional and pinyin)": {
        "text": "8月下旬,集團黨委第二輪巡察3個巡察組陸續進駐7家所屬企業開展常規巡察。本輪巡察具體安排為:\n"
                "第一巡察組巡察2家單位:甲電力有限公司、乙火電有限公司;\n"
                "第二巡察組巡察4家單位,分兩個(gè)小組進行:第一小組巡察丙管網有限公司、丁燃氣有限公司;第二小組巡察戊物流有限公司、己物資有限公司;\n"
                "第三巡察組(組長:陸一鳴)負責1個單位:庚財務有限公司。",
        "inspections": {("第一巡察组", "甲电力有限公司"), ("第一巡察组", "乙火电有限公司"), ("第二巡察组", "丙管网有限公司"),
                        ("第二巡察组", "丁燃气有限公司"), ("第二巡察组", "戊物流有限公司"), ("第二巡察组", "己物资有限公司"),
                        ("第三巡察组", "庚财务有限公司")},
        "issued": "2024-08-30",
    },
    "a county team split into groups over the villages of a town": {
        "text": "县委第七轮巡察将于4月9日起陆续进驻。县委第一巡察组负责石门镇,下设两个小组。第一小组巡察上坪村、下坪村;"
                "第二小组巡察大湾村、石门社区。",
        "inspections": {("县委第一巡察组", "上坪村"), ("县委第一巡察组", "下坪村"), ("县委第一巡察组", "大湾村"),
                        ("县委第一巡察组", "石门社区"), ("县委第一巡察组", "石门镇")},
        "issued": "2025-04-08",
    },

    # ---------------------------------------------------------------- 巡察组一组, a unit within the place named before, days counted from the page's
    "teams numbered after 巡察组 (校党委巡察组一组), a day counted back from the page's date": {
        "text": "3月12日下午,校党委巡察组一组巡察机电工程学院党总支工作动员会召开。巡察组一组组长吴国华作了说明。\n\n"
                "同日,校党委巡察组二组巡察图书馆直属党支部工作动员会在图书馆报告厅召开。",
        "inspections": {("校党委巡察组一组", "机电工程学院党总支"), ("校党委巡察组二组", "图书馆直属党支部")},
        "dates": {"机电工程学院党总支": ("2025-03-12", None), "图书馆直属党支部": ("2025-03-12", None)},
        "issued": "2025-03-13",
    },
    "the same in Traditional (市委巡察組三組)": {
        "text": "5月6日,市委巡察組三組進駐市醫療保障局黨組開展常規巡察。",
        "inspections": {("市委巡察组三组", "市医疗保障局党组")},
        "issued": "2025-05-07",
    },
    "a unit within the place named before (该镇石门村党总支)": {
        "text": "5月6日,县委第二巡察组进驻三溪镇,对三溪镇党委开展乡村振兴专项巡察,同步对该镇石门村党总支开展提级巡察。",
        "inspections": {("县委第二巡察组", "三溪镇党委"), ("县委第二巡察组", "石门村党总支")},
        "modes": {"石门村党总支": "提级交叉"},
        "issued": "2024-05-07",
    },
    "negative: 该镇党委 is the town named before's own committee, no unit of its own": {
        "text": "5月6日,县委第二巡察组对三溪镇党委开展专项巡察,并对该镇党委开展巡察。",
        "inspections": {("县委第二巡察组", "三溪镇党委")},
        "issued": "2024-05-07",
    },
    "今天上午 in an app's card: the day the page was published": {
        "text": "今天上午,省地质勘查局党组第二轮巡察第三组巡察第六地质大队党委工作动员会召开。第三巡察组将对第六地质大队党委"
                "开展为期约1个月的常规巡察。",
        "dates": {"第六地质大队党委": ("2024-10-08", None)},
        "issued": "2024-10-08",
    },
    "昨日 in a Traditional report: the day before": {
        "text": "昨日,省委第二巡視組進駐甲市開展常規巡視。",
        "dates": {"甲市": ("2024-10-07", None)},
        "issued": "2024-10-08",
    },
    "于当日进驻 and 会后…进驻: the day of the meeting before": {
        "text": "9月9日上午,省委第十一巡视组提级巡视鹤川市交通运输局党组工作动员会召开。根据省委统一部署,省委第十一巡视组于当日"
                "进驻市交通运输局党组,开展为期约2个月的提级巡视。\n\n4月15日上午,街道党工委2025年第1轮巡察工作动员部署会召开。会后,"
                "街道党工委巡察1组进驻望江社区党委,开展为期一个月的常规巡察。",
        "dates": {"鹤川市交通运输局党组": ("2024-09-09", None), "望江社区党委": ("2024-04-15", None)},
        "issued": "2024-09-10",
    },
    "negative: without the page's date, 今天 gives no day": {
        "text": "今天,省委第二巡视组进驻甲市开展常规巡视。",
        "dates": {"甲市": (None, None)},
    },

    # ---------------------------------------------------------------- a chronicle: entries by date, short names the text defines, rounds by section
    "a chronicle's entries: the short names it defines (以下简称一组), pairs of teams and units, the entry's date": {
        "text": "2023年巡察工作大事记\n\n3月7日至4月28日　县委第一巡察组（以下简称一组）对县自然资源局党组开展常规巡察；县委第二巡察组（以下简称二组）"
                "对县城市管理局党组开展常规巡察；县委第三巡察组（以下简称三组）对县水务局党组开展常规巡察。\n\n"
                "6月13日　二组向县城市管理局党组、三组向县水务局党组反馈巡察情况。\n\n"
                "7月3日　第四轮巡察进驻。一组、二组分别对白鹭镇党委、石门镇党委开展常规巡察。",
        "inspections": {("县委第一巡察组", "县自然资源局党组"), ("县委第二巡察组", "县城市管理局党组"), ("县委第三巡察组", "县水务局党组"),
                        ("县委第一巡察组", "白鹭镇党委"), ("县委第二巡察组", "石门镇党委")},
        "dates": {"白鹭镇党委": ("2023-07-03", None), "县水务局党组": ("2023-03-07", "2023-04-28")},
        "feedback": {("县委第二巡察组", "县城市管理局党组", "2023-06-13"), ("县委第三巡察组", "县水务局党组", "2023-06-13")},
        "issued": "2024-01-19",
    },
    "the same in Traditional, a short name in quotes (下稱“二組”)": {
        "text": "5月8日　市委第二巡察組（下稱“二組”）進駐市統計局黨組。\n\n7月2日　二組向市統計局黨組反饋巡察情況。",
        "feedback": {("市委第二巡察组", "市统计局党组", "2024-07-02")},
        "issued": "2024-12-30",
    },
    "negative: 一组 with no short name defined is no team": {
        "text": "6月13日　一组向县城市管理局党组反馈巡察情况。",
        "teams": set(),
        "not_teams": {"县委第一巡察组"},
    },
    "a review's sections: a round's heading with its period, the year of a line that opens with it": {
        "text": "溆宁市2023年度巡察工作综述\n2024-02-02 来源:溆宁市纪委监委\n\n2023年,溆宁市委全年开展2轮巡察。\n\n"
                "八届市委第三轮巡察(3月下旬至5月下旬)\n3月22日,八届市委第三轮巡察动员会召开。随后,市委第一、第二巡察组分别进驻"
                "市发展和改革委员会党组、市财政局党组。\n\n一、2021年\n第一轮(4月6日至5月28日):县委第一巡察组巡察县委组织部。",
        "dates": {"市发展和改革委员会党组": ("2023-03", "2023-05"), "市财政局党组": ("2023-03", "2023-05"),
                  "县委组织部": ("2021-04-06", "2021-05-28")},
        "issued": "2024-02-02",
    },
    "a yearbook's entries: 【第九轮巡察】 and its period, the round's feedback by its teams; the period first, then the round": {
        "text": "巡察工作\n【概况】2022年，县委开展巡察2轮。\n【第九轮巡察】3月14日至5月13日开展。县委第一巡察组巡察县统计局；"
                "第二巡察组巡察县商务局。6月20日，各巡察组分别反馈巡察意见。\n【第十轮巡察】7月4日至8月31日开展。县委第三巡察组巡察"
                "大石镇党委。9月27日集中反馈。\n\n9月9日至11月15日,十二届县委第十一轮巡察开展。县委第一巡察组巡察县教育局。",
        "dates": {"县统计局": ("2022-03-14", "2022-05-13"), "大石镇党委": ("2022-07-04", "2022-08-31"),
                  "县教育局": ("2022-09-09", "2022-11-15")},
        "feedback": {("县委第一巡察组", "县统计局", "2022-06-20"), ("县委第二巡察组", "县商务局", "2022-06-20"),
                     ("县委第三巡察组", "大石镇党委", "2022-09-27")},
        "issued": "2023-06-30",
    },
    "negative: a year in running text is no heading (2021年以来)": {
        "text": "县委巡察工作总结\n2024-12-30\n\n2021年以来,县委坚持巡察全覆盖。\n3月5日,县委第一巡察组进驻县统计局开展常规巡察。",
        "dates": {"县统计局": ("2024-03-05", None)},
        "issued": "2024-12-30",
    },
    # ---------------------------------------------------------------- days counted from the page's date or the day before
    "days counted from the page's date: 本月3日, 上周五, and 次日 after a day": {
        "text": "岭东市委第二巡察组本月3日向市委台港澳办党组反馈巡察情况。\n\n中央第十一巡视组上周五向中国远拓能源集团有限公司党组反馈常规巡视情况。\n\n"
                "集团党委巡视工作领导小组本月2日听取巡视情况汇报,次日,集团党委第三巡视组即向香港公司党委反馈巡视意见。",
        "feedback": {("岭东市委第二巡察组", "市委台港澳办党组", "2024-12-03"), ("中央第十一巡视组", "中国远拓能源集团有限公司党组", "2024-11-29"),
                     ("集团党委第三巡视组", "香港公司党委", "2024-12-03")},
        "issued": "2024-12-05",
    },
    "the same in Traditional: 上星期三, 翌日": {
        "text": "省委第二巡視組上星期三向甲市委反饋巡視情況。\n\n10月8日,省委第三巡視組向乙市委反饋巡視情況。翌日,該組向丙市委反饋巡視情況。",
        "feedback": {("省委第二巡视组", "甲市委", "2024-10-09"), ("省委第三巡视组", "乙市委", "2024-10-08"),
                     ("省委第三巡视组", "丙市委", "2024-10-09")},
        "issued": "2024-10-18",
    },
    "a Hong Kong paper's briefs: 本周一(10日) and 前日 from the paper's date (Traditional)": {
        "text": "■湖南省委第四巡視組本週一(10日)進駐湘潭市,開展常規巡視。\n■四川省委第六巡視組前日向攀枝花市委反饋巡視情況。",
        "dates": {"湘潭市": ("2025-03-10", None)},
        "feedback": {("四川省委第六巡视组", "攀枝花市委", "2025-03-11")},
        "issued": "2025-03-13",
    },
    "a day alone after 本报讯 and the byline is of the paper's month; the meeting's day for each ；-clause after it": {
        "text": "■本报讯(记者 岑晓东)8日,十一届市委第七轮巡察集中反馈会召开。市委第一巡察组向市退役军人事务局党组反馈巡察情况;"
                "市委第三巡察组向岚山经济开发区党工委反馈提级巡察情况。",
        "feedback": {("市委第一巡察组", "市退役军人事务局党组", "2024-07-08"), ("市委第三巡察组", "岚山经济开发区党工委", "2024-07-08")},
        "issued": "2024-07-09",
    },
    "同日 after a meeting's ；-clauses of who spoke: the day of the entry before them": {
        "text": "本报讯(通讯员 邵文涛)5月8日,市委第三巡察组进驻市住房和城乡建设局党组并召开巡察工作动员会。市委常委、组织部部长"
                "周振华出席会议并讲话,要求被巡察单位主动接受监督;市委第三巡察组组长程立军作说明;局党组书记邝伟民主持会议。"
                "同日,该组还进驻市城市建设投资有限公司开展专项巡察。",
        "dates": {"市城市建设投资有限公司": ("2025-05-08", None)},
        "issued": "2025-05-09",
    },
    "negative: 前日 and 今日 inside a word are no day (目前日常, 如今日益)": {
        "text": "市委第二巡察组目前日常监督工作扎实,如今日益规范。市委第二巡察组进驻市统计局党组。",
        "dates": {"市统计局党组": (None, None)},
        "issued": "2025-05-10",
    },
    "negative: 本月 without a day, and 次日 after a month, give no day": {
        "text": "省委第二巡视组本月向甲市委反馈巡视情况。\n\n10月,省委第三巡视组进驻乙市。次日,省委第三巡视组向乙市委反馈巡视情况。",
        "feedback": {("省委第二巡视组", "甲市委", None), ("省委第三巡视组", "乙市委", None)},
        "issued": "2024-10-18",
    },
    # ---------------------------------------------------------------- an e-paper's narrow columns
    "an e-paper's columns wrapped at a narrow width: the report's opening (【本报讯】) and a list after 问题：": {
        "text": "香港經緯報　A14　內地新聞　　2024年7月10日（星期三）\n\n嵐江省委巡視組完成第五輪反饋\n\n"
                "　　【本報訊】記者鄧家樂報道：嵐江省紀委監\n委網站日前發佈消息，十二屆省委第五輪巡視的\n巡視組已於7月上旬陸續向被巡視黨組織反饋巡\n視情況。\n"
                "內地新聞\n　　反饋指出，被巡視黨組織不同程度存在以下\n問題：一是貫徹落實黨中央決策部署有溫差；二\n是選人用人工作不夠規範。",
        "normalised": ("【本报讯】记者邓家乐报道:岚江省纪委监委网站日前发布消息,十二届省委第五轮巡视的巡视组已于7月上旬陆续向被巡视党组织反馈巡视情况。",
                       "存在以下问题:一是贯彻落实党中央决策部署有温差;二是选人用人工作不够规范。"),
    },
    "negative: a field's key under a headline keeps its line (来源：)": {
        "text": "市委第二巡察组向市统计局党组反馈巡察情况，\n来源：市纪委监委\n3月5日,市委第二巡察组向市统计局党组反馈巡察情况。",
        "normalised": ("\n来源:市纪委监委\n",),
    },
    # ---------------------------------------------------------------- one team over many units: the units it counted, named
    "the villages of two towns counted, then fed back one by one: each village the team's, in the round's period": {
        "text": "2024年9月9日至11月8日,县委第三巡察组对白鹭镇、石塘乡所辖4个村(社区)党组织开展了常规巡察。\n"
                "11月18日,县委第三巡察组向白鹭镇白鹭社区党总支反馈巡察情况。\n11月19日,巡察组向芦花村党支部反馈。\n"
                "11月20日,巡察组向荷塘村党支部反馈。",
        "inspections": {("县委第三巡察组", "白鹭镇白鹭社区党总支"), ("县委第三巡察组", "芦花村党支部"), ("县委第三巡察组", "荷塘村党支部")},
        "dates": {"芦花村党支部": ("2024-09-09", "2024-11-08")},
        "issued": "2024-12-02",
    },
    "a township's own team, its villages by day after a lead (Traditional)": {
        "text": "麻嶺鎮黨委組建麻嶺鎮黨委村級巡察組,於2025年3月10日至4月25日對全鎮4個村黨支部開展巡察。"
                "5月6日至7日,鎮黨委村級巡察組向各村黨支部反饋巡察情況:\n5月6日,分別向麻嶺村、杉木村黨支部反饋;\n"
                "5月7日上午向大壩村、小壩村黨支部反饋。",
        "inspections": {("麻岭镇党委村级巡察组", t) for t in ("麻岭村党支部", "杉木村党支部", "大坝村党支部", "小坝村党支部")},
        "feedback": {("麻岭镇党委村级巡察组", "麻岭村党支部", "2025-05-06"), ("麻岭镇党委村级巡察组", "杉木村党支部", "2025-05-06"),
                     ("麻岭镇党委村级巡察组", "大坝村党支部", "2025-05-07"), ("麻岭镇党委村级巡察组", "小坝村党支部", "2025-05-07")},
        "issued": "2025-05-14",
    },
    "the inspected units counted, then listed (被巡察的党组织共N个,分别是)": {
        "text": "2024年4月8日至6月7日,区委第四巡察组对清河街道、望江镇所辖社区(村)党组织开展常规巡察。\n"
                "本次被巡察的党组织共3个,分别是:清河街道东门社区党委、西门社区党委;望江镇望江村党支部。",
        "inspections": {("区委第四巡察组", "清河街道东门社区党委"), ("区委第四巡察组", "西门社区党委"), ("区委第四巡察组", "望江镇望江村党支部")},
        "dates": {"西门社区党委": ("2024-04-08", "2024-06-07")},
        "issued": "2024-07-05",
    },
    "the inspected units by their kind, listed beneath (被巡察党支部名单如下)": {
        "text": "2025年1月6日至2月28日,院党委第一巡察组对临床医技片区2个党支部开展了常规巡察。\n本次被巡察党支部名单如下:\n"
                "1.心血管内科党支部\n2.呼吸与危重症医学科党支部",
        "inspections": {("院党委第一巡察组", "心血管内科党支部"), ("院党委第一巡察组", "呼吸与危重症医学科党支部")},
        "dates": {"心血管内科党支部": ("2025-01-06", "2025-02-28")},
        "issued": "2025-04-03",
    },
    "units counted by kind, each kind's after 即 (Hong Kong Traditional)": {
        "text": "二十屆中央第五輪巡視於2025年3月至6月對5家中管文化單位黨組織開展了常規巡視。近日,中央第十一巡視組分別向上述單位黨組織"
                "反饋了巡視情況。\n據了解,這5家單位包括2家出版發行單位,即中華文苑出版集團和華夏書局集團;3家新聞單位,即中華時訊社、"
                "環球經濟日報社和中國城鄉報社。",
        "inspections": {("中央第十一巡视组", t) for t in ("中华文苑出版集团", "华夏书局集团", "中华时讯社", "环球经济日报社", "中国城乡报社")},
        "issued": "2025-08-02",
    },
    "groups of units parted by commas, each closed by its party body": {
        "text": "2023年10月16日至12月15日,第二巡察组对机关党委,后勤保障处、图书馆直属党支部,文学院、历史文化学院党委开展了常规巡察。",
        "inspections": {("第二巡察组", t) for t in ("机关党委", "后勤保障处", "图书馆直属党支部", "文学院", "历史文化学院党委")},
        "issued": "2024-01-11",
    },
    "a table of the units and the day each was fed back, with no team column: the one team's named before": {
        "text": "2023年8月28日至10月27日,区委第一巡察组对南湖街道所辖2个社区党组织开展常规巡察。11月上中旬,巡察组逐一向被巡察社区"
                "党组织反馈巡察情况。现将反馈安排公布如下:\n序号 | 被巡察党组织 | 反馈时间\n1 | 南湖街道南湖社区党委 | 2023年11月6日\n"
                "2 | 南湖街道荷花社区党委 | 2023年11月7日",
        "inspections": {("区委第一巡察组", "南湖街道南湖社区党委"), ("区委第一巡察组", "南湖街道荷花社区党委")},
        "feedback": {("区委第一巡察组", "南湖街道南湖社区党委", "2023-11-06"), ("区委第一巡察组", "南湖街道荷花社区党委", "2023-11-07")},
        "issued": "2023-11-20",
    },
    "negative: a table of units after two teams' names stays no one team's (its unit inspected by a team not named)": {
        "text": "区委第一巡察组、第二巡察组分别对南湖街道、北塘街道开展巡察。\n序号 | 被巡察党组织 | 反馈时间\n1 | 南湖社区党委 | 2023年11月6日",
        "inspections": {("区委第一巡察组", "南湖街道"), ("区委第二巡察组", "北塘街道"), (None, "南湖社区党委")},
        "issued": "2023-11-20",
    },
    "feedback in batches under a lead, each batch's day in brackets (第一批(12月9日):A、B)": {
        "text": "2024年9月至11月,市委第六巡察组对市直学校党组织开展专项巡察。12月上旬,市委第六巡察组分两批向4所学校党组织反馈巡察情况,"
                "具体如下:\n第一批(12月9日):市第一中学党委、市第三中学党委;\n第二批(12月11日):市实验小学党支部、市育才小学党支部。",
        "feedback": {("市委第六巡察组", "市第一中学党委", "2024-12-09"), ("市委第六巡察组", "市第三中学党委", "2024-12-09"),
                     ("市委第六巡察组", "市实验小学党支部", "2024-12-11"), ("市委第六巡察组", "市育才小学党支部", "2024-12-11")},
        "issued": "2024-12-18",
    },
    "negative: batches of a training under a lead that is no feedback's": {
        "text": "市委巡察办分两批组织巡察干部培训,具体如下:\n第一批(5月9日):市委第一巡察组、市委第二巡察组;\n第二批(5月11日):市委第三巡察组。",
        "feedback": set(),
        "no_inspections": True,
    },
    "units fed back to, each with its secretary in brackets (A(党委书记某某))": {
        "text": "7月3日,集团党委第三巡察组先后向物流公司党委(党委书记胡子健)、地质勘查院党委(党委书记梁国栋)、财务公司党支部(党支部书记孔令仪)"
                "反馈巡察情况。",
        "feedback": {("集团党委第三巡察组", t, "2024-07-03") for t in ("物流公司党委", "地质勘查院党委", "财务公司党支部")},
        "issued": "2024-07-10",
    },
    "the same in Traditional, a director in brackets": {
        "text": "7月3日,市委第二巡察組向市醫院黨委(院長陳立)、市圖書館黨支部(館長周芳)反饋巡察情況。",
        "feedback": {("市委第二巡察组", "市医院党委", "2024-07-03"), ("市委第二巡察组", "市图书馆党支部", "2024-07-03")},
        "issued": "2024-07-10",
    },
    # ---------------------------------------------------------------- lists a mirror copy broke over lines
    "a team's list of units broken over lines by the copy, numbered (1)(2) or parted by 、": {
        "text": "12月16日至17日,县委2个巡察组分别向8个党组织反馈巡察情况。\n县委第一巡察组(12月16日)向\n(1)县农业农村局党组\n(2)县林业局党组\n"
                "反馈巡察情况;\n县委第二巡察组(12月17日)向县第一中学党委、\n县人民医院党委反馈。",
        "feedback": {("县委第一巡察组", "县农业农村局党组", "2024-12-16"), ("县委第一巡察组", "县林业局党组", "2024-12-16"),
                     ("县委第二巡察组", "县第一中学党委", "2024-12-17"), ("县委第二巡察组", "县人民医院党委", "2024-12-17")},
        "issued": "2024-12-20",
    },
    "the same in Traditional: items run together, 向: before them": {
        "text": "縣委第一巡察組(12月16日)向(1)縣商務局黨組(2)縣市場監督管理局黨組反饋;\n縣委第三巡察組(12月17日)向:(1)雲溪鎮黨委、(2)石門鎮黨委反饋。",
        "feedback": {("县委第一巡察组", "县商务局党组", "2024-12-16"), ("县委第一巡察组", "县市场监督管理局党组", "2024-12-16"),
                     ("县委第三巡察组", "云溪镇党委", "2024-12-17"), ("县委第三巡察组", "石门镇党委", "2024-12-17")},
        "issued": "2024-12-20",
    },
    "反馈对象: with the units numbered in circles, wrapped onto the next line": {
        "text": "本轮巡察于2023年10月9日至12月8日开展。反馈安排如下:\n县委第一巡察组(组长孙庆丰)\n"
                "反馈对象:①桃川镇党委 ②桃川镇水口村党总支\n③柏树乡党委\n县委第二巡察组(组长柯明华)\n反馈对象:①黄沙镇党委 ②黄沙镇石塘村党支部",
        "inspections": {("县委第一巡察组", "桃川镇党委"), ("县委第一巡察组", "桃川镇水口村党总支"), ("县委第一巡察组", "柏树乡党委"),
                        ("县委第二巡察组", "黄沙镇党委"), ("县委第二巡察组", "黄沙镇石塘村党支部")},
        "issued": "2024-01-12",
    },
    "negative: measures numbered in circles, one a line, stay apart from the line before": {
        "text": "县委第一巡察组向县水利局党组反馈巡察情况。\n整改措施:\n①修订巡河制度\n②开展专项督查",
        "normalised": ("整改措施:\n①修订巡河制度\n②开展专项督查",),
    },
    "negative: a table's row whose leader is surnamed 向 opens no list over the rows beneath": {
        "text": "巡察组  组长    副组长    被巡察单位\n县委第一巡察组  向国庆    苗丽君    青冈镇党委\n县委第一巡察组  向国庆    苗丽君    落霞镇党委",
        "normalised": ("青冈镇党委\n县委第一巡察组",),
    },
    "a range of teams paired with groups of units parted by ；(一托二)": {
        "text": "本轮巡视时间为10月上旬至12月上旬。省委第一至第三巡视组采取“一托二”方式,分别进驻岭东理工大学、粤西师范学院;"
                "南江医科大学、韩江海洋大学;珠西工商学院、粤北农林大学。",
        "inspections": {("省委第一巡视组", "岭东理工大学"), ("省委第一巡视组", "粤西师范学院"), ("省委第二巡视组", "南江医科大学"),
                        ("省委第二巡视组", "韩江海洋大学"), ("省委第三巡视组", "珠西工商学院"), ("省委第三巡视组", "粤北农林大学")},
        "issued": "2024-10-20",
    },
    "negative: groups that do not match the range's teams leave the units no one team's": {
        "text": "本轮巡视时间为10月上旬至12月上旬。省委第一至第三巡视组分别进驻甲大学、乙学院;丙大学、丁学院。",
        "inspections": {(None, t) for t in ("甲大学", "乙学院", "丙大学", "丁学院")},
        "issued": "2024-10-20",
    },
    "units in 「」 quotes, as the Hong Kong press writes them, one a team and in groups a range's": {
        "text": "巡視時間為10月上旬至12月上旬。從公佈的分組看，省委第一至第二巡視組分別進駐「嶺東理工大學」、「粵西師範學院」；"
                "「南江醫科大學」、「韓江海洋大學」。省委第九巡視組則對「粵達交通投資集團」、「南海港航控股集團」開展常規巡視。",
        "inspections": {("省委第一巡视组", "岭东理工大学"), ("省委第一巡视组", "粤西师范学院"), ("省委第二巡视组", "南江医科大学"),
                        ("省委第二巡视组", "韩江海洋大学"), ("省委第九巡视组", "粤达交通投资集团"), ("省委第九巡视组", "南海港航控股集团")},
        "issued": "2024-10-20",
    },
    "the same in mainland quotes (“甲局党组”)": {
        "text": "10月10日,省委第九巡视组对“粤达交通投资集团”、“南海港航控股集团”开展常规巡视。",
        "inspections": {("省委第九巡视组", "粤达交通投资集团"), ("省委第九巡视组", "南海港航控股集团")},
        "issued": "2024-10-20",
    },
    "negative: a quoted slogan after 对 is no unit": {
        "text": "10月10日,省委第九巡视组对“一把手”和领导班子开展监督。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a round over cities and the counties under them
    "a team inspects a city and, in a clause after, the counties under it (同步巡视X市所辖A区、B县)": {
        "text": "2024年3月上旬,十三届省委第四轮巡视完成进驻。各巡视组进驻情况如下:\n"
                "省委第一巡视组巡视甲市,同步巡视甲市所辖东城区、白沙县、石门县;\n省委第二巡视组巡视乙市,同步巡视乙市所辖城关区;\n",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第一巡视组", "东城区"), ("省委第一巡视组", "白沙县"),
                        ("省委第一巡视组", "石门县"), ("省委第二巡视组", "乙市"), ("省委第二巡视组", "城关区")},
    },
    "the same in Traditional, the counties after 同時巡視": {
        "text": "省委第三巡視組巡視丙市,同時巡視丙市所轄南江區、清溪縣。",
        "inspections": {("省委第三巡视组", "丙市"), ("省委第三巡视组", "南江区"), ("省委第三巡视组", "清溪县")},
    },
    "after the team's own clause (对X进行了巡视), the counties under it in a clause of their own (同步巡视了X所辖A、B)": {
        "text": "2024年3月11日至5月24日,省委第三巡视组对澜溪市进行了常规巡视,同步巡视了澜溪市所辖溪东区、青枫县,并对上林县开展了巡视“回头看”。",
        "inspections": {("省委第三巡视组", "澜溪市"), ("省委第三巡视组", "溪东区"), ("省委第三巡视组", "青枫县"),
                        ("省委第三巡视组", "上林县")},
        "dates": {"青枫县": ("2024-03-11", "2024-05-24")},
        "modes": {"上林县": "回头看"},
    },
    "cities each with the counties under them (甲市及所辖A区、B县,乙市及所辖C县), groups parted by commas": {
        "text": "2023年3月至5月,十二届省委第二轮巡视对金川市及所辖金湖区、望城坡县,玉屏市及所辖玉屏区,以及柳岸市及所辖柳北区开展了常规巡视。",
        "inspections": {(None, t) for t in ("金川市", "金湖区", "望城坡县", "玉屏市", "玉屏区", "柳岸市", "柳北区")},
        "modes": {"望城坡县": "常规", "柳岸市": "常规"},
    },
    "the same in Traditional (所轄)": {
        "text": "2023年3月至5月,省委巡視組對瀘源市及所轄瀘源區、石渠河縣,金川市及所轄金湖區開展了常規巡視。",
        "inspections": {(None, t) for t in ("泸源市", "泸源区", "石渠河县", "金川市", "金湖区")},
    },
    "units under a place named before them are the units, not the place (对甲市所辖A区、B县)": {
        "text": "省委第五巡视组同步对甲市所辖新港区、望川县开展巡视。",
        "inspections": {("省委第五巡视组", "新港区"), ("省委第五巡视组", "望川县")},
    },
    "the same with 的 after 所辖 (Traditional)": {
        "text": "3月,省委第五巡視組進駐洛溪市,同步對洛溪市所轄的青溪縣委、白石縣委開展提級巡視。",
        "inspections": {("省委第五巡视组", "洛溪市"), ("省委第五巡视组", "青溪县委"), ("省委第五巡视组", "白石县委")},
    },
    "negative: a kind of units under a place keeps the place (梅溪镇所辖各村党组织), a body's own units are it (及其所属单位)": {
        "text": "县委第一巡察组对梅溪镇所辖各村(社区)党组织开展巡察。市委第二巡察组对市城市建设投资集团有限公司及其所属单位党委开展巡察。"
                "市委第三巡察组对石塘镇所辖村党组织开展巡察。",
        "inspections": {("县委第一巡察组", "梅溪镇所辖各村(社区)党组织"), ("市委第二巡察组", "市城市建设投资集团有限公司"),
                        ("市委第三巡察组", "石塘镇所辖村党组织")},
    },
    "the villages of the town inspected, written 镇辖 (对镇辖甲村、乙村两个村党组织进行了延伸巡察)": {
        "text": "8月下旬至10月中旬,区委第二巡察组对梅溪镇党委开展了常规巡察,并对镇辖汤家坝村、石桥村两个村党组织进行了延伸巡察。",
        "inspections": {("区委第二巡察组", "梅溪镇党委"), ("区委第二巡察组", "汤家坝村"), ("区委第二巡察组", "石桥村")},
    },
    "negative: 市辖区 is a kind of district, no place before its units": {
        "text": "市委第一巡察组对3个市辖区党委开展巡察。",
        "inspections": {("市委第一巡察组", "3个市辖区党委")},
    },
    "negative: a count of the units under a place keeps the place (双河镇所辖12个村党组织)": {
        "text": "县委第四巡察组对双河镇所辖12个村(社区)党组织开展延伸巡察。",
        "inspections": {("县委第四巡察组", "双河镇所辖12个村(社区)党组织")},
    },
    "a city with the counties it takes in, in brackets (X市(含A区、B县))": {
        "text": "省委第一巡视组对澜州市(含澜城区、北溪县、青禾县)开展常规巡视。",
        "inspections": {("省委第一巡视组", t) for t in ("澜州市", "澜城区", "北溪县", "青禾县")},
    },
    "the same in Traditional, after 包括": {
        "text": "省委第二巡視組對岳陽坪市(包括岳東區、松林縣)開展巡視。",
        "inspections": {("省委第二巡视组", t) for t in ("岳阳坪市", "岳东区", "松林县")},
    },
    "negative: a bracket that takes in a kind of unit (含下属企业, 含所辖村) is one unit": {
        "text": "市委第一巡察组对甲集团(含下属企业)开展巡察,市委第二巡察组对双河镇党委(含所辖村、社区)开展巡察。",
        "inspections": {("市委第一巡察组", "甲集团"), ("市委第二巡察组", "双河镇党委")},
    },
    "a round's teams by their ordinal alone as line labels (一组:对X及其所属A、B开展巡视), no team in full": {
        "text": "2023年9月,十一届省委第七轮巡视10个巡视组全面完成进驻,对6个市及其所属部分县(市、区)开展常规巡视。各组进驻安排如下:\n"
                "一组:对澄丰市及其所属北湖区、南湖区开展巡视;\n二组:对临溪市及其所属江北区开展巡视;\n七组:对金岭市开展巡视“回头看”;\n",
        "inspections": {("省委第一巡视组", "澄丰市"), ("省委第一巡视组", "北湖区"), ("省委第一巡视组", "南湖区"),
                        ("省委第二巡视组", "临溪市"), ("省委第二巡视组", "江北区"), ("省委第七巡视组", "金岭市")},
        "modes": {"金岭市": "回头看", "北湖区": "常规"},
    },
    "the same in Traditional, a county's round (一組：)": {
        "text": "十五屆縣委第三輪巡察正式啟動。\n一組：對縣財政局黨組開展巡察；\n二組：對縣水利局黨組開展巡察。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县水利局党组")},
    },
    "negative: 一组: lines under a government 督查 round are no inspection teams": {
        "text": "2024年省政府第十次大督查启动。\n一组:对甲市开展督查;\n二组:对乙市开展督查。",
        "no_inspections": True,
    },
    "teams listed before 分别, their units in groups parted by ；, each closed by its party body": {
        "text": "省委第一、第二巡视组分别对甲大学、乙学院党委;丙大学、丁学院党委开展常规巡视。",
        "inspections": {("省委第一巡视组", "甲大学"), ("省委第一巡视组", "乙学院党委"), ("省委第二巡视组", "丙大学"),
                        ("省委第二巡视组", "丁学院党委")},
    },
    "a range of teams over ；-groups of places of several levels ((市、县、区)党委), cut off by the page before its verb": {
        "text": "本轮巡视对3个市和8个县(市、区)党委开展常规巡视。具体安排为:省委第一至第三巡视组分别对岚山市、岚东县、石岭区(市、县、区)党委;"
                "雁城市、雁南区(市、区)党委;湘岳市、岳湖区、青江",
        "inspections": {("省委第一巡视组", "岚山市"), ("省委第一巡视组", "岚东县"), ("省委第一巡视组", "石岭区"),
                        ("省委第二巡视组", "雁城市"), ("省委第二巡视组", "雁南区"), ("省委第三巡视组", "湘岳市"),
                        ("省委第三巡视组", "岳湖区")},
    },
    "negative: a list after 对 that the page cuts off, with no team or round before it, is no inspection": {
        "text": "会议要求,各级党组织要对照检查,对群众反映强烈的问题、基层治理薄弱环节、",
        "no_inspections": True,
    },
    "a table without a date column dated by the sentence that says the teams moved in, not the 受理时间 after it": {
        "text": "2025年4月1日上午,十届省委第三轮巡视10个巡视组全部完成进驻。受理时间截至5月31日。各巡视组进驻地区(单位)如下:\n"
                "组别 组长 进驻地区(单位) 值班电话\n第一组 黎国栋 梧阳市 梧城区 岭东县 0775-2836101\n"
                "第二组 罗秀珍 贺平市 贺江区 0774-5138102\n",
        "inspections": {("省委第一巡视组", "梧阳市"), ("省委第一巡视组", "梧城区"), ("省委第一巡视组", "岭东县"),
                        ("省委第二巡视组", "贺平市"), ("省委第二巡视组", "贺江区")},
        "dates": {"梧城区": ("2025-04-01", None)},
    },
    "units fed back to, each with its head's posts in brackets (A(党支部书记、行长某某)、B(…))": {
        "text": "11月26日,分行党委第一巡察组向城东支行党支部(党支部书记、行长罗振华)、高新区支行党支部(党支部书记、行长苏晓蕾)反馈巡察情况。",
        "feedback": {("分行党委第一巡察组", "城东支行党支部", "2024-11-26"), ("分行党委第一巡察组", "高新区支行党支部", "2024-11-26")},
        "issued": "2024-11-29",
    },
    # ---------------------------------------------------------------- central rounds
    "a round's places written bare (渭川、云岭等…省区党委) are the places whose committees the teams then fed back to": {
        "text": "根据党中央统一部署,2026年9月中旬至11月下旬,10个中央巡视组对渭川、云岭、桂岭等3个省区党委开展常规巡视。"
                "各巡视组反馈情况如下:\n1月12日,中央第一巡视组向渭川省委反馈巡视情况。\n1月12日,中央第二巡视组向云岭省委反馈巡视情况。\n"
                "1月13日,中央第三巡视组向桂岭壮族自治区党委反馈巡视情况。\n",
        "issued": "2027-01-19",
        "inspections": {("中央第一巡视组", "渭川省委"), ("中央第二巡视组", "云岭省委"), ("中央第三巡视组", "桂岭壮族自治区党委")},
        "dates": {"云岭省委": ("2026-09", "2026-11")},
        "modes": {"桂岭壮族自治区党委": "常规"},
    },
    "negative: a place with its level (青山市) is not a county's committee of the same name (青山县委)": {
        "text": "2024年4月至6月,省委对青山市开展了常规巡视。7月8日,省委第二巡视组向青山县委反馈巡视情况。",
        "inspections": {(None, "青山市"), ("省委第二巡视组", "青山县委")},
        "issued": "2024-07-10",
    },
    "a table's leader with his rank in brackets (高振华(正部长级)), and the same after 组长为": {
        "text": "组别 | 组长 | 被巡视单位\n中央第一巡视组 | 高振华(正部长级) | 国家发展改革委党组\n"
                "中央第二巡视组 | 宋继明(副部长级) | 财政部党组\n中央第三巡视组进驻水利部,组长为邱文涛(正部长级)。",
        "posts": {("高振华", "组长", "中央第一巡视组"), ("宋继明", "组长", "中央第二巡视组"), ("邱文涛", "组长", None)},
        "not_people": {"高振华(正部长级)"},
    },
    "the same in Traditional, tabs between the cells": {
        "text": "組別\t組長\t被巡視單位\n中央第四巡視組\t劉明遠（正部長級）\t農業農村部黨組\n",
        "posts": {("刘明远", "组长", "中央第四巡视组")},
    },
    # ---------------------------------------------------------------- a round's totals beside each unit's counts
    "the round's totals (本轮巡察共向N个党组织反馈问题N个) after each unit's own counts": {
        "text": "2024年4月至6月,市委第一巡察组对市财政局党组开展了常规巡察,反馈问题18个,已整改16个;市委第二巡察组对市民政局党组开展了"
                "常规巡察,反馈问题21个,已整改19个。本轮巡察共向2个被巡察党组织反馈问题39个,已整改35个,正在整改4个。",
        "counts": {"reported": 39, "rectified": 35, "ongoing": 4},
    },
    "the same in Traditional, the totals of the inspected units (各被巡察黨組織共…)": {
        "text": "2024年9月至11月,縣委第一巡察組對縣水利局黨組開展了常規巡察,反饋問題12個;縣委第二巡察組對縣林業局黨組開展了常規巡察,"
                "反饋問題9個。各被巡察黨組織共收到反饋問題21個,已整改18個。",
        "counts": {"reported": 21, "rectified": 18},
    },
    # ---------------------------------------------------------------- units grouped by kind or place, a label before each group
    "a feedback's units on lines by kind after 具体为: (县直单位:A、B;)": {
        "text": "9月上旬至10月下旬,县委第三巡察组对5个党组织开展了常规巡察。11月18日至20日,县委第三巡察组分别向被巡察党组织反馈巡察情况。"
                "具体为:\n县直单位:县农业农村局党组、县林业局党组;\n乡镇:龙坪镇党委、杉木桥镇党委;\n国有企业:县城乡供水有限公司党支部。",
        "inspections": {("县委第三巡察组", t) for t in ("县农业农村局党组", "县林业局党组", "龙坪镇党委", "杉木桥镇党委", "县城乡供水有限公司党支部")},
        "issued": "2024-11-21",
    },
    "the same in Traditional, the lines after a colon that closes the statement": {
        "text": "11月18日至20日,縣委第三巡察組分別向以下4個黨組織反饋巡察情況:\n縣直單位:縣水利局黨組、縣林業局黨組;\n"
                "鄉鎮:龍坪鎮黨委、黃土坳鄉黨委。",
        "inspections": {("县委第三巡察组", t) for t in ("县水利局党组", "县林业局党组", "龙坪镇党委", "黄土坳乡党委")},
        "issued": "2024-11-21",
    },
    "a round's units on lines by kind after 对以下…党组织开展了常规巡视: (the round's teams, none named)": {
        "text": "2024年3月上旬至5月上旬,自治区党委第五轮巡视派出12个巡视组,对以下区直部门、高校和国有企业党组织开展了常规巡视:\n"
                "区直部门:自治区教育厅、自治区农牧厅\n高校:雁川大学、北坪理工学院\n国有企业:自治区能源集团有限公司",
        "inspections": {("巡视组", t) for t in ("自治区教育厅", "自治区农牧厅", "雁川大学", "北坪理工学院", "自治区能源集团有限公司")},
        "modes": {"雁川大学": "常规"},
        "issued": "2024-07-09",
    },
    "units by the street they are in, the first group after ——": {
        "text": "1月13日至15日,区委第二巡察组分别向以下4个社区党组织反馈巡察情况——城南街道:桂花社区党委、樟树社区党委;\n"
                "城北街道:柳岸社区党委、北门社区党支部。",
        "inspections": {("区委第二巡察组", t) for t in ("桂花社区党委", "樟树社区党委", "柳岸社区党委", "北门社区党支部")},
        "issued": "2025-01-16",
    },
    "kinds written before their units inside the sentence (向市直单位A、B,国有企业C反馈)": {
        "text": "9月3日,市委第三巡察组分别向市直单位市住房和城乡建设局、市城市管理局,国有企业市城市建设投资集团有限公司、"
                "市水务集团有限公司反馈巡察情况。",
        "inspections": {("市委第三巡察组", t) for t in ("市住房和城乡建设局", "市城市管理局", "市城市建设投资集团有限公司",
                                                      "市水务集团有限公司")},
        "issued": "2025-09-05",
    },
    "the same in Traditional, 县直部门 and 乡镇 before their units": {
        "text": "5月6日,縣委第二巡察組分別向縣直部門縣統計局、縣檔案館,鄉鎮河口鎮黨委反饋巡察情況。",
        "inspections": {("县委第二巡察组", t) for t in ("县统计局", "县档案馆", "河口镇党委")},
        "issued": "2025-05-08",
    },
    "two teams written in full, their units in groups parted by a comma": {
        "text": "11月18日上午,县委第一巡察组、县委第二巡察组分别向县人大常委会机关、县政协机关,县商务局、县统计局反馈巡察情况。",
        "inspections": {("县委第一巡察组", "县人大常委会机关"), ("县委第一巡察组", "县政协机关"), ("县委第二巡察组", "县商务局"),
                        ("县委第二巡察组", "县统计局")},
        "issued": "2025-11-19",
    },
    "the same in Traditional, each group a town and the villages under it (A及所辖N个村党组织,B及所辖…)": {
        "text": "11月18日下午,縣委第三巡察組、縣委第四巡察組分別向青石鎮黨委及所轄14個村(社區)黨組織,城南街道黨工委及所轄6個社區黨組織"
                "反饋巡察情況。",
        "inspections": {("县委第三巡察组", "青石镇党委"), ("县委第三巡察组", "所辖14个村(社区)党组织"), ("县委第四巡察组", "城南街道党工委"),
                        ("县委第四巡察组", "所辖6个社区党组织")},
        "issued": "2025-11-19",
    },
    "teams' lines by their ordinal, a unit taking in another in brackets (三组:A(含B)、C)": {
        "text": "10月28日至30日,县委第一至第二巡察组分别向9个党组织反馈巡察情况。具体如下:\n一组:县水利局、县林业局;\n"
                "二组:县医疗保障局(含县医疗保障服务中心)、县人民医院。",
        "inspections": {("县委第一巡察组", "县水利局"), ("县委第一巡察组", "县林业局"), ("县委第二巡察组", "县医疗保障局"),
                        ("县委第二巡察组", "县医疗保障服务中心"), ("县委第二巡察组", "县人民医院")},
        "issued": "2025-11-03",
    },
    "a round's notice: each line's units, then the team in brackets (括号内为负责巡察的巡察组)": {
        "text": "十六届县委第三轮巡察将于2025年4月7日至6月6日开展,对以下党组织开展常规巡察(括号内为负责巡察的巡察组):\n"
                "县发展和改革局党组、县统计局党组(县委第一巡察组);\n城关镇党委及其所辖26个村(社区)党组织(县委第二巡察组);\n"
                "黄土岭乡党委、石佛乡党委(县委第三巡察组)。",
        "inspections": {("县委第一巡察组", "县发展和改革局党组"), ("县委第一巡察组", "县统计局党组"), ("县委第二巡察组", "城关镇党委"),
                        ("县委第二巡察组", "所辖26个村(社区)党组织"), ("县委第三巡察组", "黄土岭乡党委"), ("县委第三巡察组", "石佛乡党委")},
        "dates": {"石佛乡党委": ("2025-04-07", "2025-06-06")},
        "issued": "2025-04-03",
    },
    "the same in Traditional, the lead's colon and the lines' brackets": {
        "text": "本輪巡察共派出2個巡察組,巡察時間為4月上旬至5月下旬,各組分工如下:\n"
                "縣財政局黨組、縣審計局黨組(縣委第一巡察組);\n縣水利局黨組(縣委第二巡察組)。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "县水利局党组")},
        "issued": "2025-04-08",
    },
    "negative: after another unit's bracket on its line, a bracket is its last unit's (甲局(第一组)、乙局、丙局(第二组))": {
        "text": "本轮巡察共派出2个巡察组,各组分工如下:\n县财政局党组(县委第一巡察组)、县审计局党组、县水利局党组(县委第二巡察组);\n"
                "县林业局党组(县委第二巡察组)。",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县水利局党组"), ("县委第二巡察组", "县林业局党组")},
        "issued": "2025-04-08",
    },
    "negative: clauses each with a team and its own verb are no pairs sharing a later one's (…开展巡视,C组对省委宣传部…)": {
        "text": "省委第一巡视组对省大数据局、省统计局开展巡视,省委第二巡视组对省政府办公厅、省政府研究室、省政府参事室开展巡视,"
                "省委第三巡视组对省委宣传部、省社会科学界联合会开展巡视。",
        "inspections": {("省委第一巡视组", "省大数据局"), ("省委第一巡视组", "省统计局"), ("省委第二巡视组", "省政府办公厅"),
                        ("省委第二巡视组", "省政府研究室"), ("省委第二巡视组", "省政府参事室"), ("省委第三巡视组", "省委宣传部"),
                        ("省委第三巡视组", "省社会科学界联合会")},
    },
    "negative: units whose names open with a kind's words keep them (市直机关工委, 国有企业服务中心)": {
        "text": "9月3日,市委第一巡察组分别向市直机关工委、市国有企业服务中心党支部反馈巡察情况。",
        "inspections": {("市委第一巡察组", "市直机关工委"), ("市委第一巡察组", "市国有企业服务中心党支部")},
        "issued": "2025-09-05",
    },
    # ---------------------------------------------------------------- a round's units told in commentary
    "the round's teams dispatched, then its units, with no date (本轮共派出12个巡视组,对A、B…开展常规巡视)": {
        "text": "二十届中央第七轮巡视近日全面铺开。本轮共派出12个巡视组,对国家能源局、中国民用航空局2个中央国家机关党组,以及"
                "中国北辰电力建设集团有限公司等8家中管企业党组织开展常规巡视。",
        "inspections": {("巡视组", "国家能源局"), ("巡视组", "中国民用航空局"), ("巡视组", "中国北辰电力建设集团有限公司")},
    },
    "the same in Traditional, the teams dispatched and the units in one sentence": {
        "text": "本輪共派出12個巡視組,對國家能源局、中國民用航空局開展常規巡視。",
        "inspections": {("巡视组", "国家能源局"), ("巡视组", "中国民用航空局")},
    },
    "negative: a mobilisation speech's count of the units to come (这一轮派出5个巡察组,对9个县直单位开展常规巡察)": {
        "text": "今天召开会议,对本轮巡察工作进行动员部署。经县委研究,这一轮派出5个巡察组,对9个县直单位开展常规巡察。",
        "no_inspections": True,
    },
    "negative: teams to be dispatched inspect nothing yet (将派出)": {
        "text": "下一轮将派出12个巡视组,对国家能源局、中国民用航空局开展常规巡视。",
        "no_inspections": True,
    },
    "units a round covers by no team it names (…也纳入本轮巡视范围,由其他巡视组负责)": {
        "text": "此外,北原交通大学、江汉政法大学2所中管高校党委,以及黑龙江省、甘肃省,也纳入本轮巡视范围,由其他巡视组负责。",
        "inspections": {(None, "北原交通大学"), (None, "江汉政法大学"), (None, "黑龙江省"), (None, "甘肃省")},
    },
    "negative: units to be brought under inspection (都将纳入巡察范围) and a demand (要把…纳入)": {
        "text": "今年,全县所有村(社区)都将纳入巡察范围。要把村级组织纳入巡察范围。",
        "no_inspections": True,
    },
    "negative: a feedback told as what is done as a rule (通常在进驻结束后两到三个月内反馈)": {
        "text": "中央第二巡视组进驻青海省。按以往惯例,中央巡视组通常在进驻结束后两到三个月内向被巡视单位反馈,届时问题清单会陆续公开。",
        "feedback": set(),
    },
    # ---------------------------------------------------------------- a count of units, then the units it counts
    "towns counted as the kind they are (向A镇、B镇、C乡3个乡镇党委反馈): the towns' committees": {
        "text": "12月17日,市委第二巡察组向青川县城关镇、桃坪镇、凤岭乡3个乡镇党委反馈提级巡察情况。",
        "inspections": {("市委第二巡察组", "青川县城关镇"), ("市委第二巡察组", "桃坪镇"), ("市委第二巡察组", "凤岭乡")},
        "issued": "2024-12-20",
    },
    "negative: units counted under the places before them stay one collective (A镇、B乡所辖14个村党组织)": {
        "text": "12月17日,县委第二巡察组向白鹭镇、石塘乡所辖14个村党组织反馈巡察情况。",
        "not_targets": {"白鹭镇", "石塘乡"},
        "issued": "2024-12-20",
    },
    "negative: the same with 的 (对A镇、B乡的20个村(社区)党组织开展巡察): the places are no targets": {
        "text": "县委2个巡察组对龙溪镇、杉林镇的6个村(社区)党组织开展巡察。",
        "not_targets": {"龙溪镇", "杉林镇"},
        "issued": "2024-10-09",
    },
    "units counted under places (A镇、B乡的N个村), then each numbered team's villages: the count is the teams' units": {
        "text": "由县委3个巡察组对龙溪镇、杉林镇、凤鸣乡的4个村(社区)党组织开展巡察,每个巡察组负责一个乡镇。县委第一巡察组进驻龙溪社区"
                "党总支、大坪村党支部,县委第二巡察组进驻金竹村党支部,县委第三巡察组进驻凤鸣村党支部。",
        "inspections": {("县委第一巡察组", "龙溪社区党总支"), ("县委第一巡察组", "大坪村党支部"), ("县委第二巡察组", "金竹村党支部"),
                        ("县委第三巡察组", "凤鸣村党支部")},
        "issued": "2024-10-09",
    },
    "the same in Traditional with 所辖": {
        "text": "縣委2個巡察組對龍溪鎮、杉林鎮所轄3個村黨組織開展巡察。縣委第一巡察組進駐龍溪村黨支部、大坪村黨支部,"
                "縣委第二巡察組進駐金竹村黨支部。",
        "inspections": {("县委第一巡察组", "龙溪村党支部"), ("县委第一巡察组", "大坪村党支部"), ("县委第二巡察组", "金竹村党支部")},
        "issued": "2024-10-09",
    },
    "a feedback to A等N所…, the N named in the next sentence (N所高校分别是:), then 对上述N所高校开展了巡视": {
        "text": "6月13日,省委第六巡视组向澜江大学党委等3所省属高校党委集中反馈选人用人专项巡视情况。3所高校分别是:澜江大学、"
                "澜江师范大学、澜江理工大学。根据省委统一部署,3月10日至4月25日,省委第六巡视组对上述3所高校开展了选人用人专项巡视。",
        # (澜江大学's party committee, which the text names: an inspected unit is its party body where the text names it)
        "inspections": {("省委第六巡视组", "澜江大学党委"), ("省委第六巡视组", "澜江师范大学"), ("省委第六巡视组", "澜江理工大学")},
        "dates": {"澜江理工大学": ("2025-03-10", "2025-04-25")},
        "issued": "2025-06-15",
    },
    "the units fed back to named after 反馈对象为: in a sentence of their own (Traditional)": {
        "text": "4月8日至9日,縣委第三巡察組深入河口鎮,逐一向該鎮3個村(社區)黨組織反饋巡察情況。反饋對象為:河口社區、新街社區、河口村。",
        "inspections": {("县委第三巡察组", "河口社区"), ("县委第三巡察组", "新街社区"), ("县委第三巡察组", "河口村")},
        "issued": "2025-04-10",
    },
    "a schedule table with a 地点 column (时间 巡察组 反馈对象 地点)": {
        "text": "2024年4月8日至5月31日,县委第一、第二巡察组对县教育局、县卫生健康局、县交通运输局开展了常规巡察。反馈安排如下:\n"
                "时间 巡察组 反馈对象 地点\n7月1日上午 第一巡察组 县教育局党组 县教育局三楼会议室\n"
                "7月1日下午 第一巡察组 县卫生健康局党组 县卫生健康局五楼会议室\n7月2日上午 第二巡察组 县交通运输局党组 县交通运输局二楼会议室",
        "not_targets": {"县教育局三楼会议室"},
        "issued": "2024-07-05",
    },
    "rows of a table whose header the page lost: a number, the team, the unit, its figures (1. 区委第一巡察组 A 12 11 1)": {
        "text": "2024年3月18日至4月26日,区委第一、第二巡察组对3个村(社区)党组织开展了巡察。整改情况如下:\n\n"
                "1. 区委第一巡察组 蒲溪镇青石村党总支 12 11 1\n2. 区委第一巡察组 蒲溪镇白茆村党支部 9 9 0\n"
                "3. 区委第二巡察组 柘湾街道松风社区党委 13 11 2",
        "inspections": {("区委第一巡察组", "蒲溪镇青石村党总支"), ("区委第一巡察组", "蒲溪镇白茆村党支部"),
                        ("区委第二巡察组", "柘湾街道松风社区党委")},
        "dates": {"蒲溪镇白茆村党支部": ("2024-03-18", "2024-04-26")},
        "issued": "2024-08-16",
    },
    "negative: a team's line with a phone number is no unit's row (县委第一巡察组 值班电话 12345678)": {
        "text": "县委第一巡察组 值班电话 0731 1234567\n县委第二巡察组 值班电话 0731 1234568",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- an infographic's cards (一图读懂)
    "a card a team: the team on its line (its mode in brackets), its units on the labelled line below": {
        "text": "【巡察时间】2024年3月11日起,为期1个月左右\n\n▶ 县委第一巡察组\n巡察对象:县财政局党组、县审计局党组\n组长:郑立群\n\n"
                "▶ 县委第四巡察组(专项)\n巡察对象:县城市建设投资集团有限公司党委\n组长:宋建华",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"),
                        ("县委第四巡察组", "县城市建设投资集团有限公司党委")},
        "modes": {"县城市建设投资集团有限公司党委": "专项"},
    },
    "the same in Traditional, a university's teams with 进驻单位:": {
        "text": "十四屆校黨委第五輪巡察\n\n第一巡察組\n進駐單位:文學院黨委、歷史文化學院黨委\n組長:趙慧敏\n\n第二巡察組\n"
                "進駐單位:圖書館直屬黨支部\n組長:韓國棟",
        "inspections": {("第一巡察组", "文学院党委"), ("第一巡察组", "历史文化学院党委"), ("第二巡察组", "图书馆直属党支部")},
    },
    "teams by their ordinals with an arrow to their units (一组 → A、B), under a round of one committee": {
        "text": "十六届县委第二轮巡察完成反馈\n组别与对象\n一组 → 县农业农村局党组、县供销合作社党组\n二组 → 县水利局党组、县交通运输局党组",
        "inspections": {("县委第一巡察组", "县农业农村局党组"), ("县委第一巡察组", "县供销合作社党组"),
                        ("县委第二巡察组", "县水利局党组"), ("县委第二巡察组", "县交通运输局党组")},
    },
    "negative: a card's contact line is no unit (组长、值班电话 below the team)": {
        "text": "▶ 县委第一巡察组\n组长:郑立群\n值班电话:0736-5218801\n邮政信箱:泓川县A001号信箱",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- townships' own teams and the villages' level
    "two townships inspecting each other's villages, each by its own 巡察工作小组": {
        "text": "5月,北岭镇与南塘镇开展村级交叉互察:北岭镇巡察工作小组对南塘镇荷花村、莲塘村开展巡察,南塘镇巡察工作小组对北岭镇岭头村、"
                "杏花村开展巡察。",
        "inspections": {("北岭镇巡察组", "南塘镇荷花村"), ("北岭镇巡察组", "莲塘村"), ("南塘镇巡察组", "北岭镇岭头村"),
                        ("南塘镇巡察组", "杏花村")},
    },
    "a county's team for its villages, the level after its ordinal (县委第二村级交叉巡察组) (Traditional)": {
        "text": "縣委第二村級交叉巡察組進駐高嶺鎮竹山村開展巡察。",
        "inspections": {("县委第二村级交叉巡察组", "高岭镇竹山村")},
        "modes": {"高岭镇竹山村": "提级交叉"},
    },
    "negative: a town's name before 巡察期间 is no team (进驻北岭镇巡察期间)": {
        "text": "县委第一巡察组进驻北岭镇巡察期间,走访了群众。",
        "teams": {"县委第一巡察组"},
        "not_teams": {"北岭镇巡察组"},
    },
    "a card's units after 对象: alone, under a team by its ordinal (📍第二组)": {
        "text": "十届漳源市委第三轮巡察4个巡察组全部完成进驻。\n\n📍第一组\n对象:市农业农村局党组\n组长:石文杰\n📍第二组\n"
                "对象:市乡村振兴局党组、市供销合作社党组\n组长:卓雅琴",
        "inspections": {("漳源市委第一巡察组", "市农业农村局党组"), ("漳源市委第二巡察组", "市乡村振兴局党组"),
                        ("漳源市委第二巡察组", "市供销合作社党组")},
    },
    # ---------------------------------------------------------------- a team's units one after another, each with its period
    "units with their periods in brackets after each, on a team's line under a round's sentence": {
        "text": "2023年3月至6月,市委派出2个巡察组开展了常规巡察。具体如下:\n"
                "市委第一巡察组:市发展改革委(3月6日至4月10日)、市审计局(4月17日至5月26日)。\n"
                "市委第二巡察组:市教育局(3月6日至4月10日)、市民政局(4月17日至5月26日)。",
        "inspections": {("市委第一巡察组", "市发展改革委"), ("市委第一巡察组", "市审计局"),
                        ("市委第二巡察组", "市教育局"), ("市委第二巡察组", "市民政局")},
        "dates": {"市发展改革委": ("2023-03-06", "2023-04-10"), "市审计局": ("2023-04-17", "2023-05-26"),
                  "市民政局": ("2023-04-17", "2023-05-26")},
    },
    "the same in Traditional, groups of units parted by ；, a period closing each group (县委第三巡察組:A、B(…);C(…))": {
        "text": "縣委第二輪巡察安排如下:\n縣委第三巡察組:縣財政局、縣統計局(4月8日—5月20日);縣商務局(6月3日—7月12日)。",
        "issued": "2024-08-01",
        "inspections": {("县委第三巡察组", "县财政局"), ("县委第三巡察组", "县统计局"), ("县委第三巡察组", "县商务局")},
        "dates": {"县财政局": ("2024-04-08", "2024-05-20"), "县统计局": ("2024-04-08", "2024-05-20"),
                  "县商务局": ("2024-06-03", "2024-07-12")},
    },
    "units with their periods in brackets inside a sentence (先后对A(…)、B(…)开展了巡察)": {
        "text": "2022年,区委第二巡察组先后对区水务局(3月1日至3月31日)、区城管局(4月6日至5月8日)开展了常规巡察。",
        "inspections": {("区委第二巡察组", "区水务局"), ("区委第二巡察组", "区城管局")},
        "dates": {"区水务局": ("2022-03-01", "2022-03-31"), "区城管局": ("2022-04-06", "2022-05-08")},
    },
    "negative: a bracket after a unit that holds no period is no date (市审计局(含审计中心))": {
        "text": "2023年4月至5月,市委第一巡察组对市审计局(含市审计中心)、市统计局开展了常规巡察。",
        "inspections": {("市委第一巡察组", "市审计局"), ("市委第一巡察组", "市审计中心"), ("市委第一巡察组", "市统计局")},
        "dates": {"市统计局": ("2023-04", "2023-05")},
    },
    "clauses after a team's, ；-joined, with their own periods and no subject: the team's (4月17日至5月26日对C进行了巡察)": {
        "text": "2023年3月6日至4月10日,市委第一巡察组对市发展改革委、市财政局进行了巡察;4月17日至5月26日对市审计局进行了巡察;"
                "又对市档案馆进行了专项巡察。",
        "inspections": {("市委第一巡察组", "市发展改革委"), ("市委第一巡察组", "市财政局"), ("市委第一巡察组", "市审计局"),
                        ("市委第一巡察组", "市档案馆")},
        "dates": {"市审计局": ("2023-04-17", "2023-05-26")},
        "modes": {"市档案馆": "专项"},
    },
    "the same in Traditional, a county's team, a clause opening with its month": {
        "text": "2024年4月,縣委第二巡察組對縣教育局進行了巡察;6月對縣衛健局開展了巡察。",
        "inspections": {("县委第二巡察组", "县教育局"), ("县委第二巡察组", "县卫健局")},
        "dates": {"县卫健局": ("2024-06", None)},
    },
    "negative: a clause with its own subject after ； is not the team's (市教育局党组对…开展了巡察)": {
        "text": "2023年4月,市委第一巡察组对市审计局进行了巡察;5月,市教育局党组对市第一中学党委开展了巡察。",
        "inspections": {("市委第一巡察组", "市审计局"), (None, "市第一中学党委")},
    },
    "a team, its period, then its verb (县委第一巡察组2019年4月8日至5月31日巡察了A); the next team 同期": {
        "text": "县委第一巡察组2019年4月8日至5月31日巡察了县发改局、县财政局,县委第二巡察组同期巡察了县教育局。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第一巡察组", "县财政局"), ("县委第二巡察组", "县教育局")},
        "dates": {"县财政局": ("2019-04-08", "2019-05-31"), "县教育局": ("2019-04-08", "2019-05-31")},
    },
    "the same in Traditional, the team's period after 于": {
        "text": "市委第四巡察組於2022年9月5日至10月28日巡察了市體育局、市文聯。",
        "inspections": {("市委第四巡察组", "市体育局"), ("市委第四巡察组", "市文联")},
        "dates": {"市文联": ("2022-09-05", "2022-10-28")},
    },
    "于同期 takes the period said before, not the feedback's day after it": {
        "text": "县委第一巡察组于2019年4月8日至5月31日对县发改局开展了常规巡察,7月5日反馈;县委第二巡察组于同期对县教育局开展了"
                "常规巡察,7月8日反馈。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第二巡察组", "县教育局")},
        "dates": {"县教育局": ("2019-04-08", "2019-05-31")},
    },
    "a team with its leader in brackets, its units, their period in brackets after them": {
        "text": "县委第一巡察组(组长:王建国)巡察县发改局、县财政局(2019年4月8日至5月31日);县委第二巡察组(组长:李红)巡察县教育局"
                "(2019年6月10日至7月26日)。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第一巡察组", "县财政局"), ("县委第二巡察组", "县教育局")},
        "dates": {"县发改局": ("2019-04-08", "2019-05-31"), "县教育局": ("2019-06-10", "2019-07-26")},
        "posts": {("王建国", "组长", None)},
    },
    "negative: a team's date then a meeting is no inspection of the meeting's place (第一巡察组3月5日召开动员会)": {
        "text": "县委第一巡察组3月5日在县教育局召开巡察工作动员会。",
        "not_targets": {"县教育局召开巡察工作动员会"},
    },
    "ordinals listed with 第 on the first only (县委第一、二、三巡察组分别对A,B、C,D)": {
        "text": "2019年4月8日至5月31日,县委第一、二、三巡察组分别对县发改局,县教育局、县科技局,县民政局进行了常规巡察。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第二巡察组", "县教育局"), ("县委第二巡察组", "县科技局"),
                        ("县委第三巡察组", "县民政局")},
    },
    "the same in Traditional, a province's teams joined by 和 (省委第七和八巡視組)": {
        "text": "省委第七和八巡視組分別進駐甲市、乙市開展常規巡視。",
        "inspections": {("省委第七巡视组", "甲市"), ("省委第八巡视组", "乙市")},
        "teams": {"省委第七巡视组", "省委第八巡视组"},
    },
    "negative: numerals listed before 巡察组 that are no ordinals (2、3月间巡察组) name no team of their own": {
        "text": "2023年2、3月间,县委巡察组对县文旅局开展了专项巡察。",
        "not_teams": {"第3巡察组", "第三巡察组", "3月间巡察组"},
    },
    "pairs of a team and its units run back over ；to the verb they share (县委第一巡察组对A;县委第二巡察组对B开展了巡察)": {
        "text": "2019年4月8日至5月31日,县委第一巡察组对县发改局、县财政局;县委第二巡察组对县教育局开展了常规巡察。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第一巡察组", "县财政局"), ("县委第二巡察组", "县教育局")},
        "dates": {"县发改局": ("2019-04-08", "2019-05-31")},
    },
    "negative: a ；-clause with its own verb is not paired with the next team's (县委第一巡察组对A开展了巡察;…)": {
        "text": "县委第一巡察组对县发改局开展了专项巡察;县委第二巡察组对县教育局开展了常规巡察。",
        "inspections": {("县委第一巡察组", "县发改局"), ("县委第二巡察组", "县教育局")},
        "modes": {"县发改局": "专项", "县教育局": "常规"},
    },
    # ---------------------------------------------------------------- teams named with their round, or the ordinal after the kind
    "a team written after its round keeps that form among its names (十五届省委第三轮巡视第一组、第二组)": {
        "text": "4月8日,十五届省委第三轮巡视第一组、第二组分别进驻省交通运输厅、省林业局开展常规巡视。",
        "inspections": {("省委巡视第一组", "省交通运输厅"), ("省委巡视第二组", "省林业局")},
        "team_aliases": {"省委巡视第一组": "十五届省委第三轮巡视第一组", "省委巡视第二组": "十五届省委第三轮巡视第二组"},
        "issued": "2025-04-09",
    },
    "the same in Traditional, a city's round and team (五屆市委第七輪巡察第二巡察組)": {
        "text": "五屆市委第七輪巡察第二巡察組進駐市水利局開展常規巡察。",
        "inspections": {("市委第二巡察组", "市水利局")},
        "team_aliases": {"市委第二巡察组": "五届市委第七轮巡察第二巡察组"},
    },
    "teams named with the ordinal after the kind, the second by its ordinal alone (省委巡视组第一组…,第二组…)": {
        "text": "省委巡视组第一组6月3日进驻甲市,第二组同日进驻乙市。",
        "inspections": {("省委巡视组第一组", "甲市"), ("省委巡视组第二组", "乙市")},
        "not_teams": {"省委第一组", "省委第二巡视组"},
    },
    "the same in Traditional from a Macau outlet: the outlet's place completes no 省委": {
        "text": "澳門新聞網 2025年6月4日\n省委巡視組第一組進駐珠灣市,巡視組第二組同日進駐蓮江市。",
        "inspections": {("省委巡视组第一组", "珠湾市"), ("省委巡视组第二组", "莲江市")},
        "not_teams": {"澳门特别行政区委第一组", "澳门特别行政区委巡视组第一组"},
    },
    "negative: teams written ordinal first name a bare ordinal so too (市委第一巡察组…第二组)": {
        "text": "市委第一巡察组进驻市教育局,第二组进驻市卫健局。",
        "inspections": {("市委第一巡察组", "市教育局"), ("市委第二巡察组", "市卫健局")},
    },
    # ---------------------------------------------------------------- teams alone on their lines over their units, a lead's colon
    "teams alone on their lines, each over its units one a line, under a notice's lead closed by a colon": {
        "text": "十五届县委第三轮巡察于4月下旬开始。现将被巡察单位公告如下:\n县委第一巡察组\n县统计局\n县医疗保障局\n"
                "县委第二巡察组\n县城市管理局\n县自然资源局党组\n巡察期间设立值班电话。",
        "inspections": {("县委第一巡察组", "县统计局"), ("县委第一巡察组", "县医疗保障局"),
                        ("县委第二巡察组", "县城市管理局"), ("县委第二巡察组", "县自然资源局党组")},
        "issued": "2025-04-21",
    },
    "the same in Traditional, a university's teams": {
        "text": "現將本輪巡察安排公告如下:\n校黨委第一巡察組\n文學院黨委\n歷史學院黨委\n校黨委第二巡察組\n圖書館直屬黨支部",
        "inspections": {("校党委第一巡察组", "文学院党委"), ("校党委第一巡察组", "历史学院党委"),
                        ("校党委第二巡察组", "图书馆直属党支部")},
    },
    "a WeChat post's lead closed by 👇, each team after 👉 over its units one a line; an office's address (507室区委巡察办)": {
        "text": "按照区委统一部署，区委第八轮巡察于2023年4月至6月对5个单位党组织开展了常规巡察。\n一起来看看本轮被巡察的单位有哪些👇\n"
                "👉区委第一巡察组\n区发展和改革局党组\n区商务局党组\n👉区委第二巡察组\n区人民医院党委\n区中医医院党总支\n桃源街道党工委\n"
                "欢迎通过以下方式告诉我们：\n📮 区行政中心东楼507室区委巡察办",
        "inspections": {("区委第一巡察组", "区发展和改革局党组"), ("区委第一巡察组", "区商务局党组"), ("区委第二巡察组", "区人民医院党委"),
                        ("区委第二巡察组", "区中医医院党总支"), ("区委第二巡察组", "桃源街道党工委")},
        "not_teams": {"室区委第一巡察组"},
        "issued": "2023-10-26",
    },
    "negative: a call to the committee's office (撥打市委巡察辦電話) names no place of the committee that sends the teams": {
        "text": "現將市委第六輪巡察被巡察黨組織名單公開如下：\n1. 中共永寧市教育局黨組（市委第一巡察組）\n2. 中共永寧市商務局黨組（市委第二巡察組）\n"
                "對整改情況有意見建議的，可於2023年12月15日前撥打市委巡察辦電話0598-7661230反映。",
        "teams": {"永宁市委第一巡察组", "永宁市委第二巡察组"},  # (the city its units are of)
        "not_teams": {"拨打市委第一巡察组", "拨打市委第二巡察组"},
        "issued": "2023-12-05",
    },
    "the same in Traditional, an arrow (⬇) closing the lead": {
        "text": "本輪被巡察的單位⬇\n縣委第一巡察組\n縣統計局黨組\n縣委第二巡察組\n縣醫療保障局黨組",
        "inspections": {("县委第一巡察组", "县统计局党组"), ("县委第二巡察组", "县医疗保障局党组")},
        "issued": "2023-10-26",
    },
    "negative: a team alone on a line of a story, units on the lines after it without a lead, are no list": {
        "text": "巡察组进驻后\n县委第一巡察组\n县统计局\n相关负责人表示将全力配合。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- teams alone on their lines over their units, no lead
    "a round's page of two teams alone on their lines, each over its units one a line, with no lead: a list all the same": {
        "text": "十二届省委第三轮巡视整改进展情况公开\n2023-05-10\n省委第一巡视组\n省发展改革委党组\n省教育厅党组\n"
                "省委第二巡视组\n鹿城区委\n龙湾区委",
        "inspections": {("省委第一巡视组", "省发展改革委党组"), ("省委第一巡视组", "省教育厅党组"),
                        ("省委第二巡视组", "鹿城区委"), ("省委第二巡视组", "龙湾区委")},
        "issued": "2023-05-10",
    },
    "the same in Traditional, a county's teams, the second with its mode in brackets": {
        "text": "十屆縣委第二輪巡察安排\n縣委第一巡察組\n城關鎮黨委\n東山鎮黨委\n縣委第二巡察組（提級巡察）\n"
                "縣教育局黨組",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "东山镇党委"), ("县委第二巡察组", "县教育局党组")},
    },
    "negative: one team alone on its line over a unit's line, another team in a sentence after: no list": {
        "text": "巡察组进驻后\n县委第一巡察组\n县统计局\n县委第二巡察组组长表示将全力配合。",
        "no_inspections": True,
    },
    "a team with its units in brackets closing its line (省委第一巡视组（甲、乙、丙）)": {
        "text": "十二届省委第三轮巡视安排\n省委第一巡视组（省发展改革委、省教育厅、省科技厅）\n省委第二巡视组（鹿城区、龙湾区）",
        "inspections": {("省委第一巡视组", "省发展改革委"), ("省委第一巡视组", "省教育厅"), ("省委第一巡视组", "省科技厅"),
                        ("省委第二巡视组", "鹿城区"), ("省委第二巡视组", "龙湾区")},
    },
    "the same in Traditional, a university's teams, each list closed by ；": {
        "text": "本輪校內巡察安排\n校黨委第一巡察組（文學院黨委、歷史學院黨委）；\n校黨委第二巡察組（圖書館直屬黨支部）。",
        "inspections": {("校党委第一巡察组", "文学院党委"), ("校党委第一巡察组", "历史学院党委"),
                        ("校党委第二巡察组", "图书馆直属党支部")},
    },
    "negative: a team's bracket of what it is called (以下简称) or its leader names no unit": {
        "text": "省委第一巡视组（以下简称巡视组）\n省委第二巡视组（组长：张明）",
        "no_inspections": True,
    },
    "a heading of the round's units with no colon, the units numbered one a line beneath: the round's, no team": {
        "text": "来源：区委巡察办\n十届区委第五轮巡察被巡察单位名单\n1.区发展改革局\n2.区教育局\n3.区卫生健康局",
        "inspections": {(None, "区发展改革局"), (None, "区教育局"), (None, "区卫生健康局")},
    },
    "the same in Traditional, the page's headline the heading, the units not numbered": {
        "text": "區委第五輪巡察對象\n區發展改革局黨組\n區教育局黨組\n區衛生健康局黨組",
        "inspections": {(None, "区发展改革局党组"), (None, "区教育局党组"), (None, "区卫生健康局党组")},
    },
    "rows of a table whose header the page lost (| 省委第一巡视组 | 甲市委、乙县委 |): each row's team and units": {
        "text": "十二届省委第三轮巡视整改进展情况\n| 省委第一巡视组 | 甲市委、乙县委、丙县委 |\n| 省委第二巡视组 | 丁市委、戊县委 |",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "乙县委"), ("省委第一巡视组", "丙县委"),
                        ("省委第二巡视组", "丁市委"), ("省委第二巡视组", "戊县委")},
    },
    "the same in Traditional, the cells parted by slashes, a unit a cell": {
        "text": "十屆市委第四輪巡察安排\n市委第一巡察組/市財政局黨組/市商務局黨組\n市委第二巡察組/市水利局黨組",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市商务局党组"), ("市委第二巡察组", "市水利局党组")},
    },
    "negative: a team's line whose cells after a slash are no units (a phone, a mailbox) gives no inspection": {
        "text": "市委第一巡察组/0739-5231101/清源市A001号信箱",
        "no_inspections": True,
    },
    "a team's heading with the count of its units in brackets (一、县委第一巡察组（2个）) over its numbered units": {
        "text": "现将各巡察组巡察对象公告如下：\n一、县委第一巡察组（2个）\n1.县档案馆党支部\n2.县红十字会党支部\n"
                "二、县委第二巡察组（1个）\n1.县水利局党组",
        "inspections": {("县委第一巡察组", "县档案馆党支部"), ("县委第一巡察组", "县红十字会党支部"), ("县委第二巡察组", "县水利局党组")},
    },
    "the same in Traditional, the round's heading with its count on a line of its own (（共3个）)": {
        "text": "十屆區委第五輪巡察被巡察單位名單\n（共3個）\n1.區委宣傳部\n2.區民政局黨組\n3.桂園街道黨工委",
        "inspections": {(None, "区委宣传部"), (None, "区民政局党组"), (None, "桂园街道党工委")},
    },
    "a team's heading closed by 巡察： over its units one a line (县委第一巡察组巡察：)": {
        "text": "根据县委统一部署，县委第八轮巡察自2024年5月13日起开展。\n县委第一巡察组巡察：\n县发展和改革局党组\n县统计局党支部\n"
                "县委第二巡察组巡察：\n县图书馆党支部",
        "inspections": {("县委第一巡察组", "县发展和改革局党组"), ("县委第一巡察组", "县统计局党支部"), ("县委第二巡察组", "县图书馆党支部")},
    },
    "a team's heading with its mode in brackets before the colon, its units' lines with their days or modes in brackets": {
        "text": "县委第三巡察组（交叉巡察）：\n红旗乡党委（4月8日）\n新店镇党委（4月9日）\n县委第五巡察组（“机动式”巡察）：\n"
                "县人民医院党委\n玛曲县委（巡察整改“回头看”）",
        "inspections": {("县委第三巡察组", "红旗乡党委"), ("县委第三巡察组", "新店镇党委"), ("县委第五巡察组", "县人民医院党委"),
                        ("县委第五巡察组", "玛曲县委")},
    },
    "the same in Traditional, a university's bare teams alone on their lines, units with entry days": {
        "text": "巡察組進駐時間安排如下：\n第一巡察組\n馬克思主義學院黨委（4月8日）\n外國語學院黨委（4月9日）\n第二巡察組\n"
                "體育學院黨委（4月10日）",
        "inspections": {("第一巡察组", "马克思主义学院党委"), ("第一巡察组", "外国语学院党委"), ("第二巡察组", "体育学院党委")},
    },
    "a table of two columns (序号 | 被巡察单位) under the round's headline: the numbered rows' units, no team": {
        "text": "十届县委第三轮巡察对象\n序号\t被巡察单位\n1\t县财政局党组\n2\t县教育局党组\n3\t县卫健局党组",
        "inspections": {(None, "县财政局党组"), (None, "县教育局党组"), (None, "县卫健局党组")},
    },
    "the same in Traditional, the cells parted by bars": {
        "text": "十屆市委第四輪巡察對象\n序號 | 被巡察黨組織\n1 | 市財政局黨組\n2 | 市商務局黨組",
        "inspections": {(None, "市财政局党组"), (None, "市商务局党组")},
    },
    "negative: a heading of the round's units over one unit's line is no list (a signature may follow a heading)": {
        "text": "十届区委第五轮巡察对象\n区委巡察办\n2023年4月10日",
        "no_inspections": True,
    },
    "a round's rectification page: each team's heading over its units' report titles, one a line": {
        "text": "十二届省委第三轮巡视整改进展情况公开\n一、省委第一巡视组巡视单位\n省发展改革委党组关于巡视整改进展情况的通报\n"
                "省教育厅党组关于巡视整改进展情况的通报\n二、省委第二巡视组巡视单位\n鹿城区委关于巡视整改进展情况的通报",
        "inspections": {("省委第一巡视组", "省发展改革委党组"), ("省委第一巡视组", "省教育厅党组"), ("省委第二巡视组", "鹿城区委")},
    },
    "the same in Traditional, the headings in brackets' numbers with a colon": {
        "text": "十屆市委第四輪巡察整改情況公開\n（一）市委第一巡察組：\n市財政局黨組關於巡察整改情況的通報\n"
                "市商務局黨組關於巡察整改情況的通報\n（二）市委第二巡察組：\n市水利局黨組關於巡察整改情況的通報",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市商务局党组"), ("市委第二巡察组", "市水利局党组")},
    },
    "negative: titles under a heading that is a sentence keep no team (the heading names the team in prose)": {
        "text": "整改情况公开\n市委第一巡察组对以下单位的整改情况进行了督查。\n市财政局党组关于巡察整改情况的通报\n"
                "市商务局党组关于巡察整改情况的通报",
        "inspections": {(None, "市财政局党组"), (None, "市商务局党组")},
    },
    "units by kind a line each after 对以下单位开展常规巡视——": {
        "text": "省委第三巡视组对以下单位开展常规巡视——\n省属企业:省能源投资集团有限公司、省铁路投资集团有限公司;\n"
                "省属高校:江源工业大学、江源财经学院。",
        "inspections": {("省委第三巡视组", "省能源投资集团有限公司"), ("省委第三巡视组", "省铁路投资集团有限公司"),
                        ("省委第三巡视组", "江源工业大学"), ("省委第三巡视组", "江源财经学院")},
    },
    # ---------------------------------------------------------------- feedback to many units, day by day or a row each
    "a feedback's colon, then a day's units each (分三批…反馈巡察情况:4日向A、B反馈;5日向C反馈): each day's units that day": {
        "text": "11月4日至5日,市委第三巡察组分两批向被巡察单位反馈巡察情况:4日向市商务局党组、市统计局党组反馈;5日向市科学技术局党组反馈。",
        "feedback": {("市委第三巡察组", "市商务局党组", "2025-11-04"), ("市委第三巡察组", "市统计局党组", "2025-11-04"),
                     ("市委第三巡察组", "市科学技术局党组", "2025-11-05")},
        "issued": "2025-11-08",
    },
    "the same in Traditional, a county's team and three days": {
        "text": "9月2日至4日,縣委第一巡察組分三批反饋巡察情況:2日向縣民政局黨組反饋;3日向縣司法局黨組、縣審計局黨組反饋;4日向縣林業局黨組反饋。",
        "feedback": {("县委第一巡察组", "县民政局党组", "2025-09-02"), ("县委第一巡察组", "县司法局党组", "2025-09-03"),
                     ("县委第一巡察组", "县审计局党组", "2025-09-03"), ("县委第一巡察组", "县林业局党组", "2025-09-04")},
        "issued": "2025-09-06",
    },
    "A等N个单位 inspected, then N units fed back by name: the inspection was of those N": {
        "text": "今年8月至10月,市委第三巡察组对市商务局等3个单位党组织开展了常规巡察。11月4日至5日,市委第三巡察组分两批向被巡察单位"
                "反馈巡察情况:4日向市商务局党组、市统计局党组反馈;5日向市科学技术局党组反馈。",
        "inspections": {("市委第三巡察组", "市商务局党组"), ("市委第三巡察组", "市统计局党组"), ("市委第三巡察组", "市科学技术局党组")},
        "dates": {"市科学技术局党组": ("2025-08", "2025-10")},
        "issued": "2025-11-08",
    },
    "villages of two towns counted, then fed back by town: the inspection was of those villages": {
        "text": "今年4月至6月,县委第六巡察组对青石镇、白沙乡4个村(社区)党组织开展了村级巡察。7月上旬,在青石镇,巡察组分别向上坝村、"
                "青石社区反馈;在白沙乡,分别向白沙村、沙坪村反馈。",
        "inspections": {("县委第六巡察组", "上坝村"), ("县委第六巡察组", "青石社区"), ("县委第六巡察组", "白沙村"),
                        ("县委第六巡察组", "沙坪村")},
        "not_targets": {"青石镇", "白沙乡", "青石镇党委", "白沙乡党委"},
        "issued": "2025-07-15",
    },
    "negative: a committee's members and a village's secretary told of it are no units fed back": {
        "text": "7月8日,县委第六巡察组向上坝村党组织反馈巡察情况。巡察组先向村党组织书记反馈,再向村务监督委员会成员通报巡察情况。",
        "feedback": {("县委第六巡察组", "上坝村党组织", "2025-07-08")},
        "issued": "2025-07-15",
    },
    "a schedule's rows (9月15日上午 A(党组书记 某某)) under 反馈安排如下: each unit fed back that day; 这N个 are they": {
        "text": "沣北县委第二巡察组反馈巡察情况\n发布时间:2025-09-22\n9月15日至16日,县委第二巡察组逐一召开反馈会。今年6月至8月,"
                "县委第二巡察组对这3个党组织开展了常规巡察。\n反馈安排如下(反馈时间、反馈对象及党组织书记):\n"
                "9月15日上午 县商务局党组(党组书记 邹立群)\n9月15日下午 沣源镇党委(党委书记 秦海东)\n"
                "9月16日上午 沣源镇沣源社区党委(党委书记 龙小波)",
        "feedback": {("沣北县委第二巡察组", "县商务局党组", "2025-09-15"), ("沣北县委第二巡察组", "沣源镇党委", "2025-09-15"),
                     ("沣北县委第二巡察组", "沣源镇沣源社区党委", "2025-09-16")},
        "inspections": {("沣北县委第二巡察组", "县商务局党组"), ("沣北县委第二巡察组", "沣源镇党委"), ("沣北县委第二巡察组", "沣源镇沣源社区党委")},
        "posts": {("邹立群", "党组书记", None)},
    },
    "negative: the same rows dated after the page are a schedule to come (no feedback)": {
        "text": "县委第二巡察组反馈安排\n发布时间:2025-09-10\n反馈安排如下:\n9月15日上午 县商务局党组\n9月16日上午 县林业局党组",
        "feedback": set(),
    },
    "provinces as many as the count closing them, with its party body (吉林、安徽、贵州3省区党委)": {
        "text": "中央纪委国家监委网站17日公布吉林、安徽、贵州3省区党委的巡视整改进展情况。",
        "inspections": {(None, "吉林"), (None, "安徽"), (None, "贵州")},
        "issued": "2025-11-18",
    },
    "the same in Traditional (吉林、廣西2省區黨委)": {
        "text": "中央紀委國家監委網站17日公佈吉林、廣西2省區黨委的巡視整改進展情況。",
        "inspections": {(None, "吉林"), (None, "广西")},
        "issued": "2025-11-18",
    },
    "a unit a schedule names by its short form is the unit the team inspected (省农科院: 省农业科学院)": {
        "text": "2025年8月至10月,省委第五巡视组对省林业局、省农业科学院、省供销合作社联合社开展了常规巡视。反馈会议分别召开:11月20日上午向"
                "省林业局;21日上午向省农科院、省供销社集中反馈。",
        "feedback": {("省委第五巡视组", "省林业局", "2025-11-20"), ("省委第五巡视组", "省农业科学院", "2025-11-21"),
                     ("省委第五巡视组", "省供销合作社联合社", "2025-11-21")},
        "issued": "2025-11-24",
    },
    "negative: a short form two inspected units fit is neither's (县医院: 县人民医院 or 县中医医院)": {
        "text": "2025年5月,县委第一巡察组对县人民医院、县中医医院开展了专项巡察。7月2日,县委第一巡察组向县医院反馈巡察情况。",
        "not_feedback_targets": {"县人民医院", "县中医医院"},
        "issued": "2025-07-05",
    },
    "negative: the school's own committee (学校党委书记) is a unit fed back to, not a kind of unit": {
        "text": "10月14日,中央第十四巡视组组长贺东平向学校党委书记卢振声反馈巡视情况。",
        "feedback": {("中央第十四巡视组", "学校党委", "2022-10-14")},
        "issued": "2022-10-20",
    },
    "units named and those in their system counted (A、B党组及其系统内2个单位党组织), then all fed back by name": {
        "text": "今年5月至7月,县委第三巡察组对县教育和体育局、县卫生健康局党组及其系统内2个单位党组织开展了常规巡察。8月25日,县委第三巡察组"
                "分别向县教育和体育局、县卫生健康局、县第一中学、县人民医院党组织反馈巡察情况。巡察组组长向启明先与各单位党组织主要负责人进行"
                "一对一反馈。",
        "inspections": {("县委第三巡察组", u) for u in ("县教育和体育局", "县卫生健康局党组", "县第一中学", "县人民医院党组织")},
        "not_targets": {"启明先与各单位党组织"},
        "people": {"向启明"},
        "issued": "2025-08-29",
    },
    "negative: a leader whose surname is 向 feeds back to no unit named after his name (組長向明華先與…反饋)": {
        "text": "9月3日,縣委第一巡察組向縣林業局黨組反饋巡察情況。巡察組組長向明華先與黨組書記進行一對一反饋。",
        "feedback": {("县委第一巡察组", "县林业局党组", "2025-09-03")},
        "issued": "2025-09-05",
    },
    "units a list beneath 反馈单位及巡察方式如下: names, of a round's 被巡察党组织 (2025年第二轮被巡察党组织)": {
        "text": "6月9日至13日,县委第五巡察组向2025年第二轮被巡察党组织反馈巡察情况。反馈单位及巡察方式如下:\n1.县卫生健康局党组(常规巡察)\n"
                "2.县人民医院党委(专项巡察)",
        "inspections": {("县委第五巡察组", "县卫生健康局党组"), ("县委第五巡察组", "县人民医院党委")},
        "not_targets": {"2025年第二轮被巡察党组织"},
        "issued": "2025-06-16",
    },
    "negative: communities named and counted (A社区、B社区等2个社区) are those two, no count under places": {
        "text": "区委第一巡察组于2019年4月4日至6月15日,对闸口街道浦东社区、石桥社区等2个社区进行了巡察。",
        "inspections": {("区委第一巡察组", "闸口街道浦东社区"), ("区委第一巡察组", "石桥社区")},
    },
    # ---------------------------------------------------------------- a meeting hears the teams' reports on the units they inspected
    "a leading group hears each team's report on its units (县委第一巡察组关于对A、B的巡察情况汇报)": {
        "text": "6月28日,县委巡察工作领导小组召开会议,听取十五届县委第三轮巡察情况汇报。会议分别听取了县委第一巡察组关于对县统计局、"
                "县审计局的巡察情况汇报,县委第二巡察组关于对青石镇党委的巡察情况汇报。十五届县委第三轮巡察于4月上旬进驻,对3个党组织开展"
                "常规巡察,6月上旬完成进驻巡察工作。",
        "inspections": {("县委第一巡察组", "县统计局"), ("县委第一巡察组", "县审计局"), ("县委第二巡察组", "青石镇党委")},
        "dates": {"县统计局": ("2024-04", "2024-06")},
        "issued": "2024-06-30",
    },
    "the same in Traditional, team leaders report (組長某某匯報了對A的巡察情況;第二巡察組組長某某匯報了…)": {
        "text": "會上,校黨委第一巡察組組長馮建華匯報了對文學院黨委的巡察情況;第二巡察組組長唐小蘭匯報了對數學學院黨委的巡察情況。"
                "本輪巡察於9月23日進駐,11月15日完成現場巡察。",
        "inspections": {("校党委第一巡察组", "文学院党委"), ("校党委第二巡察组", "数学学院党委")},
        "dates": {"文学院党委": ("2024-09-23", "2024-11-15")},
        "issued": "2024-12-12",
    },
    "pairs heard in one report (听取了集团党委第一巡察组对A、第二巡察组对B的常规巡察情况汇报)": {
        "text": "会议听取了集团党委第一巡察组对华晟煤业有限公司党委、第二巡察组对华晟物流有限公司党委的常规巡察情况汇报,"
                "以及集团党委第三巡察组对华晟设计研究院党委开展巡察“回头看”的情况汇报。",
        "inspections": {("集团党委第一巡察组", "华晟煤业有限公司党委"), ("集团党委第二巡察组", "华晟物流有限公司党委"),
                        ("集团党委第三巡察组", "华晟设计研究院党委")},
        "modes": {"华晟设计研究院党委": "回头看", "华晟煤业有限公司党委": "常规"},
    },
    "teams by a range paired in order with the units of a report (区委第一至第三巡察组分别对A、B、C巡察情况的汇报)": {
        "text": "会议听取了区委第一至第三巡察组分别对区司法局党组、区退役军人事务局党组、区融媒体中心党支部巡察情况的汇报。",
        "inspections": {("区委第一巡察组", "区司法局党组"), ("区委第二巡察组", "区退役军人事务局党组"),
                        ("区委第三巡察组", "区融媒体中心党支部")},
    },
    "a bank's teams named after its 党委 bare: no team's 党委 is a unit a team inspects (党委第二巡察组 is no 东湖分行党委's)": {
        "text": "会议听取了党委第一巡察组对东湖分行党委,党委第二巡察组对信用卡中心党总支的巡察情况汇报。",
        "inspections": {("党委第一巡察组", "东湖分行党委"), ("党委第二巡察组", "信用卡中心党总支")},
        "not_teams": {"东湖分行党委第二巡察组"},
    },
    "teams reporting their inspections' progress (X组、Y组分别汇报了对A、B的巡察进展情况): a team's dispatcher no unit it inspects": {
        "text": "会上,校党委第一巡察组、校党委第二巡察组分别汇报了对外国语学院党委、后勤管理处党总支的巡察进展情况。",
        "inspections": {("校党委第一巡察组", "外国语学院党委"), ("校党委第二巡察组", "后勤管理处党总支")},
        "not_teams": {"外国语学院党委第一巡察组"},
    },
    "teams reporting their inspections' progress (Traditional)": {
        "text": "會上,集團黨委第一巡察組匯報了對華晟物流有限公司黨委的巡察推進情況。",
        "inspections": {("集团党委第一巡察组", "华晟物流有限公司党委")},
    },
    "巡察期间,巡察组还延伸巡察了A、B after the team's feedback: the units the page's team extended its inspection to": {
        "text": "3月20日,总行党委第三巡察组向湖西分行党委反馈巡察情况。巡察期间,巡察组还延伸巡察了湖西分行营业部、城南支行。",
        "inspections": {("总行党委第三巡察组", t) for t in ("湖西分行党委", "湖西分行营业部", "城南支行")},
        "issued": "2024-03-22",
    },
    "巡察组还延伸巡察了A、B (Traditional)": {
        "text": "5月8日,縣委第二巡察組向青石鎮黨委反饋巡察情況。巡察期間,巡察組還延伸巡察了東湖村黨支部、西嶺村黨支部。",
        "inspections": {("县委第二巡察组", t) for t in ("青石镇党委", "东湖村党支部", "西岭村党支部")},
        "issued": "2024-05-10",
    },
    "a page that ends its sentences with half-width dots (并延伸巡视了A和B.巡视期间…): each dot a full stop": {
        "text": "根据总行党委统一部署,2020年7月6日至8月28日,总行党委第二巡视组对汉江分行党委开展了巡视,"
                "并延伸巡视了汉江分行营业部和城东支行.巡视期间,巡视组共与126名干部员工进行了个别谈话.",
        "inspections": {("总行党委第二巡视组", t) for t in ("汉江分行党委", "汉江分行营业部", "城东支行")},
    },
    "the same with a space after each dot (并延伸巡察了A. 巡察组指出,…, Traditional)": {
        "text": "今年5月至7月,集團公司黨委第一巡察組對恒川路橋公司黨委開展了常規巡察,並延伸巡察了恒川路橋公司第三工程分公司. "
                "巡察組指出,恒川路橋公司黨委存在應收賬款清收不力等問題.",
        "inspections": {("集团公司党委第一巡察组", "恒川路桥公司党委"), ("集团公司党委第一巡察组", "恒川路桥公司第三工程分公司")},
    },
    "negative: a dot inside a transliterated name on such a page parts no sentence (the team stays the subject)": {
        "text": "2024年5月,自治区党委第三巡视组组长买买提.艾力带队对某县委开展巡视,并延伸巡视了县教育局党组.",
        "inspections": {("自治区党委第三巡视组", "某县委"), ("自治区党委第三巡视组", "县教育局党组")},
    },
    "巡视“回头看”X工作动员会: the unit after the revisit's word": {
        "text": "11月2日，省委第二巡视组巡视“回头看”丰泽县工作动员会召开。",
        "inspections": {("省委第二巡视组", "丰泽县")},
        "issued": "2020-11-03",
    },
    "巡察「回頭看」X工作動員會 (Traditional)": {
        "text": "5月6日，縣委第一巡察組巡察「回頭看」縣水務局黨組工作動員會召開。",
        "inspections": {("县委第一巡察组", "县水务局党组")},
        "issued": "2024-05-08",
    },
    "negative: what a unit's work is put into (纳入总行党委巡察) names no unit inspected": {
        "text": "2019年3月至5月，中央第一巡视组对甲银行党委进行了常规巡视。将巡视整改落实情况纳入总行党委巡察和纪委日常监督内容。",
        "inspections": {("中央第一巡视组", "甲银行党委")},
    },
    "other news recalling a feedback (no inspection stated), then what the feedback found: its problems": {
        "text": "县审计局党组召开2023年度民主生活会\n1月15日，县审计局党组召开民主生活会。班子成员对照去年5月县委第一巡察组向县审计局党组"
                "反馈的巡察意见逐条查摆。巡察反馈指出，县审计局党组一是学习贯彻不够深入，理论学习与审计业务结合不紧；"
                "二是审计发现问题整改督促不力，部分问题长期未销号；三是干部队伍建设统筹谋划不够，专业",
        "issues": {"学习贯彻不够深入,理论学习与审计业务结合不紧", "审计发现问题整改督促不力,部分问题长期未销号"},
        "issued": "2024-01-16",
    },
    "negative: other news naming no inspection or feedback gives no problems though it lists some": {
        "text": "县审计局党组召开2023年度民主生活会\n会议指出，班子成员一是学习贯彻不够深入；二是调查研究不够扎实；三是联系群众不够紧密。",
        "no_issues": True,
        "issued": "2024-01-16",
    },
    "ordinals after the kind listed (区委机动巡察一组、二组分别进驻A、B): the second team named as the first": {
        "text": "9月11日，区委机动巡察一组、二组分别进驻区城市管理局、区住房保障服务中心，开展为期20天的机动巡察。",
        "inspections": {("区委机动巡察一组", "区城市管理局"), ("区委机动巡察二组", "区住房保障服务中心")},
        "issued": "2023-09-12",
    },
    "the same with 和 (Traditional)": {
        "text": "3月4日，校黨委巡察一組和二組分別進駐物理學院黨委、化學學院黨委。",
        "inspections": {("校党委巡察一组", "物理学院党委"), ("校党委巡察二组", "化学学院党委")},
        "issued": "2024-03-06",
    },
    "negative: a team with its ordinal after the kind, then its 组长: no second team": {
        "text": "3月4日，校党委巡察一组进驻物理学院党委，巡察一组组长李明作动员讲话。",
        "teams": {"校党委巡察一组"},
        "not_teams": {"校党委巡察二组"},
        "issued": "2024-03-06",
    },
    "X组(组长某某)在A工作动员会上表示: the unit whose mobilisation meeting the team speaks at": {
        "text": "其中，中央第一巡视组组长徐守正在河北省工作动员会上表示，巡视组将聚焦职能责任。中央第三巡视组在辽宁省工作动员会上强调，"
                "要把东北全面振兴作为监督重点。",
        "inspections": {("中央第一巡视组", "河北省"), ("中央第三巡视组", "辽宁省")},
        "issued": "2024-04-16",
    },
    "X組在A巡察工作動員部署會上講話 (Traditional)": {
        "text": "4月8日,縣委第二巡察組在縣林業局黨組巡察工作動員部署會上講話。",
        "inspections": {("县委第二巡察组", "县林业局党组")},
        "issued": "2024-04-10",
    },
    "negative: a team at a meeting of the inspection work itself (在全县巡察工作动员会上) inspects no unit": {
        "text": "4月8日,县委第二巡察组组长李明在全县巡察工作动员部署会上作表态发言。",
        "no_inspections": True,
        "issued": "2024-04-10",
    },
    "巡察指出，甲局党组A；B。⏎乙党支部C；D。⏎丙党支部E；F: each unit fed back to, its problems after its name": {
        "text": "5月8日，市委第四巡察组分别向市统计局党组、市档案馆党支部、市地方志编纂中心党支部反馈巡察情况。\n"
                "巡察指出，市统计局党组统计执法检查覆盖面不广；统计数据质量管控机制不健全。\n"
                "市档案馆党支部档案安全管理存在隐患，库房监控设备长期故障未修复；档案数字化加工项目验收不规范。\n"
                "市地方志编纂中心党支部年鉴编纂出版进度滞后；政府采购管理不规范，存在化整为零问题。",
        "issues": {"档案安全管理存在隐患,库房监控设备长期故障未修复", "档案数字化加工项目验收不规范", "年鉴编纂出版进度滞后",
                   "政府采购管理不规范,存在化整为零问题"},
        "issued": "2024-05-10",
    },
    "the same (Traditional)": {
        "text": "5月8日，縣委第一巡察組分別向甲鎮黨委、乙鄉黨委反饋巡察情況。\n巡察指出，甲鎮黨委集體林地發包不規範；村級財務管理不規範。\n"
                "乙鄉黨委產業項目後續管理不到位；軟弱渙散村黨組織整頓成效不明顯。",
        "issues": {"产业项目后续管理不到位", "软弱涣散村党组织整顿成效不明显"},
        "issued": "2024-05-10",
    },
    "negative: a unit's sentence after the list that tells what it will do gives no problems": {
        "text": "5月8日，县委第一巡察组分别向甲镇党委、乙乡党委反馈巡察情况。\n巡察指出，甲镇党委集体林地发包不规范；村级财务管理不规范。\n"
                "乙乡党委表示，将认真抓好整改；全面落实整改责任。",
        "issues": {"甲镇党委集体林地发包不规范", "村级财务管理不规范"},
        "not_issues": {"将认真抓好整改", "全面落实整改责任"},
        "issued": "2024-05-10",
    },
    "本次巡察对A开展常规巡察，同时对B、C开展提级巡察 on a page of one team: that team's": {
        "text": "县委第三巡察组进驻河口镇开展巡察\n4月10日，县委第三巡察组巡察河口镇党委工作动员会召开。\n"
                "根据县委统一部署，本次巡察对河口镇党委开展常规巡察，同时对东岭村、西岭村2个村党组织开展提级巡察。",
        "inspections": {("县委第三巡察组", "河口镇党委"), ("县委第三巡察组", "东岭村"), ("县委第三巡察组", "西岭村")},
        "issued": "2023-04-11",
    },
    "此次巡察对A开展常规巡察 (Traditional)": {
        "text": "4月10日，縣委第二巡察組進駐縣林業局。根據縣委統一部署，此次巡察對縣林業局黨組開展常規巡察，同時對縣國有林場開展延伸巡察。",
        "inspections": {("县委第二巡察组", "县林业局党组"), ("县委第二巡察组", "县国有林场")},  # (进驻县林业局: its party group)
        "issued": "2023-04-11",
    },
    "negative: 本次巡察 on a page of two teams names neither": {
        "text": "4月10日，县委第二巡察组、第三巡察组分别进驻甲镇、乙镇。本次巡察对丙村党支部开展提级巡察。",
        "inspections": {("县委第二巡察组", "甲镇"), ("县委第三巡察组", "乙镇"), (None, "丙村党支部")},
        "issued": "2023-04-11",
    },
    "a team with where its members come from in brackets, then its verb (市委第一交叉巡察组(由安平县抽调组成)巡察A、B)": {
        "text": "具体分工如下：市委第一交叉巡察组（由安平县抽调组成）巡察兴宁县发展和改革局党组、兴宁县教育局党组；"
                "市委第二交叉巡察组（由兴宁县抽调组成）巡察临江区卫生健康局党组。",
        "inspections": {("市委第一交叉巡察组", "兴宁县发展和改革局党组"), ("市委第一交叉巡察组", "兴宁县教育局党组"),
                        ("市委第二交叉巡察组", "临江区卫生健康局党组")},
        "issued": "2023-06-06",
    },
    "the same, 从X抽调 (Traditional)": {
        "text": "江州市委第三交叉巡察組（從臨江區抽調）巡察梅川市自然資源局黨組。",
        "inspections": {("江州市委第三交叉巡察组", "梅川市自然资源局党组")},
        "issued": "2023-06-06",
    },
    "X组巡察A镇B村、C村，以及D乡E村、F村: one list over the comma before 以及": {
        "text": "本轮村级巡察具体安排为：县委第一巡察组巡察青龙镇青龙社区、石板村；县委第二巡察组巡察青龙镇红岩村、杉木村，以及龙潭乡龙潭村、响水村。",
        "inspections": {("县委第一巡察组", "青龙镇青龙社区"), ("县委第一巡察组", "石板村"), ("县委第二巡察组", "青龙镇红岩村"),
                        ("县委第二巡察组", "杉木村"), ("县委第二巡察组", "龙潭乡龙潭村"), ("县委第二巡察组", "响水村")},
        "issued": "2023-05-01",
    },
    "a team's list cut by the page's end: the units before the one cut off (Traditional)": {
        "text": "本輪村級巡察具體安排為：縣委第三巡察組巡察龍潭鄉高峰村、柏樹村；縣委第四巡察組巡察桃源鎮桃源社區、太平村、岩門村、鹿鳴",
        "inspections": {("县委第三巡察组", "龙潭乡高峰村"), ("县委第三巡察组", "柏树村"), ("县委第四巡察组", "桃源镇桃源社区"),
                        ("县委第四巡察组", "太平村"), ("县委第四巡察组", "岩门村")},
        "issued": "2023-05-01",
    },
    "an insurer's branch named in full in the title (21 characters before 党委), written short in the body": {
        "text": "中国华兴人寿保险股份有限公司江川分公司党委关于总公司党委巡视整改情况的通报\n"
                "根据总公司党委统一部署，2021年9月6日至10月29日，总公司党委第六巡视组对江川分公司党委开展了巡视。",
        "inspections": {("总公司党委第六巡视组", "中国华兴人寿保险股份有限公司江川分公司党委")},
        "issued": "2022-03-09",
    },
    "a round's lines of a team and its units, the last line cut by the page inside its last unit": {
        "text": "中央第十三巡视组：国家民族事务委员会党组、国家宗教事务局党组\n中央第十四巡视组：中国科学技术协会党组、中国工程",
        "inspections": {("中央第十三巡视组", "国家民族事务委员会党组"), ("中央第十三巡视组", "国家宗教事务局党组"),
                        ("中央第十四巡视组", "中国科学技术协会党组")},
    },
    "negative: the last line whole at the page's end keeps its last unit (Traditional)": {
        "text": "中央第十三巡視組：國家民族事務委員會黨組\n中央第十四巡視組：中國科學技術協會黨組、中國工程院黨組",
        "inspections": {("中央第十三巡视组", "国家民族事务委员会党组"), ("中央第十四巡视组", "中国科学技术协会党组"),
                        ("中央第十四巡视组", "中国工程院党组")},
    },
    "negative: 本轮被巡察单位按类别分别为:kind,A、B;kind,C — the kinds are no units": {
        "text": "近日,集团党委第二巡察组向3家所属单位党组织集中反馈巡察情况。本轮被巡察单位按类别分别为:区域公司,远岭建设华东有限公司、"
                "远岭建设华南有限公司;科研院校,远岭建设科学研究院。",
        "not_targets": {"区域公司", "科研院校"},
        "issued": "2024-12-20",
    },
    "an extension to be made (巡察组还将延伸巡察A) is the team's inspection of A (the gold counts what will be inspected)": {
        "text": "县委第二巡察组进驻青石镇党委开展巡察。巡察期间,巡察组还将延伸巡察东湖村党支部。",
        "inspections": {("县委第二巡察组", "青石镇党委"), ("县委第二巡察组", "东湖村党支部")},
        "issued": "2024-05-10",
    },
    "negative: an audit's report heard (关于对A的审计情况汇报) and a report on the inspection work name no inspection": {
        "text": "会议听取了县审计局关于对县统计局的审计情况汇报,听取了县委巡察办关于巡察工作的汇报。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a team's batches: periods before units, labels, comma groups
    "a team's line of batches, each a period before its units (第一巡察组(组长某某) 3月4日—4月12日 A、B;4月22日—5月31日 C)": {
        "text": "2024年,集团党委组建2个巡察组,先后对4家所属单位党组织开展巡察。\n"
                "第一巡察组(组长邵国平) 3月4日—4月12日 远洲电力销售有限公司党委、远洲热力有限公司党支部;4月22日—5月31日 远洲煤业有限公司党委\n"
                "第二巡察组(组长黎书航) 3月4日—4月12日 远洲化工有限公司党委(专项)",
        "inspections": {("第一巡察组", "远洲电力销售有限公司党委"), ("第一巡察组", "远洲热力有限公司党支部"),
                        ("第一巡察组", "远洲煤业有限公司党委"), ("第二巡察组", "远洲化工有限公司党委")},
        "dates": {"远洲热力有限公司党支部": ("2024-03-04", "2024-04-12"), "远洲煤业有限公司党委": ("2024-04-22", "2024-05-31")},
        "issued": "2025-01-16",
    },
    "groups of units each with its period in brackets, parted by commas (依次对A、B(3月上旬至4月中旬),C(4月下旬至5月下旬)进行了巡察)": {
        "text": "2023年3月至7月,市委第一巡察组依次对市教育局党组、市体育局党组(3月上旬至4月中旬),市图书馆(4月下旬至5月下旬)进行了常规巡察。",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第一巡察组", "市体育局党组"), ("市委第一巡察组", "市图书馆")},
        "dates": {"市体育局党组": ("2023-03", "2023-04"), "市图书馆": ("2023-04", "2023-05")},
    },
    "the same in Traditional, a team's groups by batch (A、B(第一批);C(第二批,提級巡察)), the batches dated before": {
        "text": "十六屆縣委第二輪巡察分兩批開展:第一批3月6日至4月10日,第二批4月17日至5月26日。\n"
                "第五巡察組:長嶺鎮黨委(第一批);長嶺鎮桑園村黨支部、長嶺鎮柳塘村黨支部(第二批,提級巡察)。",
        "inspections": {("第五巡察组", "长岭镇党委"), ("第五巡察组", "长岭镇桑园村党支部"), ("第五巡察组", "长岭镇柳塘村党支部")},
        "dates": {"长岭镇党委": ("2024-03-06", "2024-04-10"), "长岭镇柳塘村党支部": ("2024-04-17", "2024-05-26")},
        "modes": {"长岭镇柳塘村党支部": "提级交叉"},
        "issued": "2024-06-20",
    },
    "negative: a line of a team and its telephone and hours is no batch (第一巡察组 8:30—17:30 值班电话)": {
        "text": "第一巡察组 8:30—17:30 值班电话0739-5521180",
        "no_inspections": True,
    },
    "negative: a district's committee fed back to beside a zone inspected is no short form of the zone's (下花园区委)": {
        "text": "市委第四巡察组向下花园区委、河北下花园经济开发区党工委反馈巡察情况。此前,市委第四巡察组对河北下花园经济开发区党工委"
                "开展了常规巡察。",
        "feedback": {("市委第四巡察组", "下花园区委", None), ("市委第四巡察组", "河北下花园经济开发区党工委", None)},
    },
    # ---------------------------------------------------------------- a team after its round's committee
    "a team named after its round (二十届中央第三轮巡视的第二巡视组) is the round's committee's": {
        "text": "二十届中央第三轮巡视的第二巡视组进驻国家开发银行。",
        "inspections": {("中央第二巡视组", "国家开发银行")},
    },
    "a team named after its round, in Traditional (二十屆中央第三輪巡視的第二巡視組)": {
        "text": "二十屆中央第三輪巡視的第二巡視組進駐國家開發銀行。",
        "inspections": {("中央第二巡视组", "国家开发银行")},
    },
    "a team in a round the clause opens with (在省委第五轮巡视中,第三巡视组)": {
        "text": "在省委第五轮巡视中,第三巡视组进驻省交通运输厅。",
        "inspections": {("省委第三巡视组", "省交通运输厅")},
    },
    "a county's round named with its occasion (此次县委第二轮巡察的第一巡察组)": {
        "text": "此次县委第二轮巡察的第一巡察组进驻县教育局。",
        "inspections": {("县委第一巡察组", "县教育局")},
    },
    "negative: a round of 巡视 sends no 巡察组 (省委第五轮巡视的精神传达后,第三巡察组)": {
        "text": "省委第五轮巡视的精神传达后,第三巡察组进驻县交通运输局。",
        "inspections": {("第三巡察组", "县交通运输局")},
    },
    "negative: a committee is never a run of the sentence's words (会议传达了省委第五轮巡视的精神)": {
        "text": "会议传达了省委第五轮巡视的精神,第三巡视组进驻省交通运输厅。",
        "inspections": {("第三巡视组", "省交通运输厅")},
    },
    # ---------------------------------------------------------------- one team for two or three units (一托二), a colon before the verb
    "a central team inspecting two units 以“一托二”方式": {
        "text": "中央第一巡视组以“一托二”方式巡视国家开发银行党委、中国进出口银行党委。",
        "inspections": {("中央第一巡视组", "国家开发银行党委"), ("中央第一巡视组", "中国进出口银行党委")},
    },
    "a central team 采取“一托三”方式,分别巡视 three units (Traditional)": {
        "text": "中央第三巡視組採取「一托三」方式,分別巡視中國工商銀行黨委、中國農業銀行黨委和中國銀行黨委。",
        "inspections": {("中央第三巡视组", "中国工商银行党委"), ("中央第三巡视组", "中国农业银行党委"),
                        ("中央第三巡视组", "中国银行党委")},
    },
    "a province's team 按照一托二的方式 after its dates": {
        "text": "省委第二巡视组于2024年3月至5月按照一托二的方式巡视了省水利厅党组和省林业局党组。",
        "inspections": {("省委第二巡视组", "省水利厅党组"), ("省委第二巡视组", "省林业局党组")},
        "dates": {"省水利厅党组": ("2024-03", "2024-05")},
    },
    "a city's team with 一托二 in brackets (Traditional)": {
        "text": "市委第四巡察組(一托二)巡察市文化廣電旅遊局黨組、市體育局黨組。",
        "inspections": {("市委第四巡察组", "市文化广电旅游局党组"), ("市委第四巡察组", "市体育局党组")},
    },
    "a round's list with a colon between each team and its verb": {
        "text": "中央第四巡视组:巡视中国建设银行党委、交通银行党委。\n中央第五巡视组:巡视中国邮政储蓄银行党委。",
        "inspections": {("中央第四巡视组", "中国建设银行党委"), ("中央第四巡视组", "交通银行党委"),
                        ("中央第五巡视组", "中国邮政储蓄银行党委")},
    },
    "a county's team 以“一托二”形式 inspecting two townships": {
        "text": "县委第一巡察组以“一托二”形式巡察甲镇党委、乙乡党委。",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第一巡察组", "乙乡党委")},
    },
    "一托二 in brackets after the two units a team inspects": {
        "text": "中央第六巡视组巡视中国华能集团有限公司党组、中国大唐集团有限公司党组(一托二)。",
        "inspections": {("中央第六巡视组", "中国华能集团有限公司党组"), ("中央第六巡视组", "中国大唐集团有限公司党组")},
    },
    "a unit's mode in brackets closing a team's clause (Traditional)": {
        "text": "縣委第三巡察組巡察縣市場監督管理局黨組(提級巡察),縣委第四巡察組巡察甲鎮黨委(專項巡察)。",
        "inspections": {("县委第三巡察组", "县市场监督管理局党组"), ("县委第四巡察组", "甲镇党委")},
    },
    "a team's leaders named after it without brackets or colon, then its verb": {
        "text": "中央第二巡视组组长张建国,副组长李强,巡视财政部党组和审计署党组。",
        "inspections": {("中央第二巡视组", "财政部党组"), ("中央第二巡视组", "审计署党组")},
        "posts": {("张建国", "组长", "中央第二巡视组"), ("李强", "副组长", "中央第二巡视组")},
    },
    "a team's leaders after a colon, each with a post, then its verb": {
        "text": "中央第一巡视组:组长王立新,副组长陈海,巡视国家发展改革委党组。",
        "inspections": {("中央第一巡视组", "国家发展改革委党组")},
        "posts": {("王立新", "组长", "中央第一巡视组"), ("陈海", "副组长", "中央第一巡视组")},
    },
    "a city team's leaders joined by 、 before its verb (Traditional)": {
        "text": "市委第二巡察組組長劉海濤、副組長陳明,巡察市水務局黨組。",
        "inspections": {("市委第二巡察组", "市水务局党组")},
        "posts": {("刘海涛", "组长", "市委第二巡察组")},
    },
    "two deputies after one 副组长, then the team's verb (a central round's entry news)": {
        "text": "中央第一巡视组组长郑立,副组长周某、沈某,巡视甲省。值班电话:0871-1234567。\n"
                "中央第五巡视组组长贺某,副组长罗某、金某,巡视国家乙局党组。",
        "inspections": {("中央第一巡视组", "甲省"), ("中央第五巡视组", "国家乙局党组")},
        "posts": {("郑立", "组长", "中央第一巡视组")},
    },
    "two deputies after one 副组长 in a county's notice (Traditional)": {
        "text": "縣委第二巡察組組長王某,副組長李某、趙某,巡察縣林業局黨組。",
        "inspections": {("县委第二巡察组", "县林业局党组")},
    },
    "units handed to a team: 迎来 T (进驻), 则由 T 进驻, 由 T 一并巡视 (the press's turns)": {
        "text": "甲装备集团有限公司迎来中央第九巡视组,乙物流集团有限公司则由中央第十巡视组进驻。丙大学、丁理工大学两所高校由中央第十四"
                "巡视组一并巡视。省社科院党组于2024年4月迎来省委第六巡视组进驻。",
        "inspections": {("中央第九巡视组", "甲装备集团有限公司"), ("中央第十巡视组", "乙物流集团有限公司"),
                        ("中央第十四巡视组", "丙大学"), ("中央第十四巡视组", "丁理工大学"), ("省委第六巡视组", "省社科院党组")},
    },
    "units handed to teams in order: A、B则分别迎来 T1、T2 / 则分别由 T1、T2负责 (Traditional)": {
        "text": "安瀾省、青原省則分別迎來中央第四巡視組、中央第五巡視組;南屏省、北辰省則分別由中央第二、第三巡視組負責。",
        "inspections": {("中央第四巡视组", "安澜省"), ("中央第五巡视组", "青原省"), ("中央第二巡视组", "南屏省"),
                        ("中央第三巡视组", "北辰省")},
    },
    "进驻A的是T / A成为T的巡视对象 / T则负责巡视A (the press's turns)": {
        "text": "根据公布的名单,进驻甲省的是中央第一巡视组,组长为李某;乙省成为中央第二巡视组的巡视对象;中央第七巡视组则负责巡视"
                "丙能源集团有限公司。",
        "inspections": {("中央第一巡视组", "甲省"), ("中央第二巡视组", "乙省"), ("中央第七巡视组", "丙能源集团有限公司")},
    },
    "a team's day between it and its verb (县委第二巡察组6月4日上午巡察了A)": {
        "text": "县委第二巡察组6月4日上午巡察了甲镇党委,县委第三巡察组于6月14日巡察了乙镇党委。",
        "inspections": {("县委第二巡察组", "甲镇党委"), ("县委第三巡察组", "乙镇党委")},
    },
    "negative: a unit that welcomes a team's leader, or a year that greets a round, is handed no inspection": {
        "text": "甲县迎来新的发展机遇,县委第一巡察组组长出席会议。2025年迎来巡察工作全覆盖。",
        "inspections": set(),
    },
    "rows of team, day and unit parted by wide spaces under a lead of feedback days: each row one feedback (Traditional)": {
        "text": "各巡視組反饋時間及對象如下:\n中央第一巡視組\u300010月22日\u3000甲集團有限公司黨委\n"
                "中央第一巡視組\u300010月23日\u3000乙物流集團有限公司黨委\n中央第二巡視組\u300010月22日\u3000丙能源控股集團有限公司黨組",
        "inspections": {("中央第一巡视组", "甲集团有限公司党委"), ("中央第一巡视组", "乙物流集团有限公司党委"),
                        ("中央第二巡视组", "丙能源控股集团有限公司党组")},
        "feedback": {("中央第一巡视组", "甲集团有限公司党委", "2024-10-22"), ("中央第一巡视组", "乙物流集团有限公司党委", "2024-10-23"),
                     ("中央第二巡视组", "丙能源控股集团有限公司党组", "2024-10-22")},
        "issued": "2024-10-30",
    },
    "rows of team, day and unit under a lead of entry days: each row one inspection, none a feedback": {
        "text": "各巡察组进驻时间及对象如下:\n县委第一巡察组  3月5日  县教育局党组\n县委第二巡察组  3月6日  县卫健局党组",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第二巡察组", "县卫健局党组")},
        "feedback": set(),
        "issued": "2024-03-10",
    },
    "each team's objects: T的巡视对象为A;B、C为T巡视对象;T巡视对象是D、E和F (one clause a team)": {
        "text": "根据安排,省委第一巡视组的巡视对象为省政府办公厅党组、省政府研究室党组;省委第二巡视组的巡视对象为省公安厅党委;"
                "省人大常委会办公厅机关党组、省政协办公厅机关党组为省委第三巡视组巡视对象;省委第四巡视组巡视对象是省总工会党组、"
                "团省委和省妇联党组。",
        "inspections": {("省委第一巡视组", "省政府办公厅党组"), ("省委第一巡视组", "省政府研究室党组"), ("省委第二巡视组", "省公安厅党委"),
                        ("省委第三巡视组", "省人大常委会办公厅机关党组"), ("省委第三巡视组", "省政协办公厅机关党组"),
                        ("省委第四巡视组", "省总工会党组"), ("省委第四巡视组", "团省委"), ("省委第四巡视组", "省妇联党组")},
    },
    "the same for a county's teams (Traditional)": {
        "text": "縣委第一巡察組的巡察對象為縣水利局黨組;縣林業局黨組、縣交通運輸局黨組為縣委第二巡察組巡察對象。",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第二巡察组", "县林业局党组"), ("县委第二巡察组", "县交通运输局党组")},
    },
    "units that 分别接受 the teams listed after them, in order": {
        "text": "甲科技大学党委、乙师范学院党委和丙职业技术学院党委日前分别接受省委第四、五、六巡视组反馈。",
        "feedback": {("省委第四巡视组", "甲科技大学党委", None), ("省委第五巡视组", "乙师范学院党委", None),
                     ("省委第六巡视组", "丙职业技术学院党委", None)},
        "issued": "2023-11-21",
    },
    "negative: units that 接受 one team's feedback without 分别 are all that team's": {
        "text": "甲镇党委、乙镇党委接受县委第二巡察组反馈。",
        "feedback": {("县委第二巡察组", "甲镇党委", None), ("县委第二巡察组", "乙镇党委", None)},
        "issued": "2023-11-21",
    },
    "a team's villages under a township, after its colon (巡察X镇所辖:A、B;): the township not inspected": {
        "text": "具体安排如下:\n县委第一巡察组巡察梅溪镇所辖:梅溪社区、上坪村、下坪村;\n县委第二巡察组巡察竹山乡所辖村(社区):竹山村、"
                "桐子坳村。",
        "inspections": {("县委第一巡察组", "梅溪社区"), ("县委第一巡察组", "上坪村"), ("县委第一巡察组", "下坪村"),
                        ("县委第二巡察组", "竹山村"), ("县委第二巡察组", "桐子坳村")},
    },
    "the same in Traditional, a banner's gacha": {
        "text": "旗委第二巡察組巡察寶力格蘇木所轄嘎查:烏蘭嘎查、寶日呼舒嘎查。",
        "inspections": {("旗委第二巡察组", "乌兰嘎查"), ("旗委第二巡察组", "宝日呼舒嘎查")},
    },
    "a schedule of feedback by day, the team after the day, its units parted by slashes": {
        "text": "10月26日至30日,部党组第二轮巡视4个巡视组分别向被巡视的4家单位党组织反馈巡视情况。具体安排如下:\n"
                "10月26日　第一巡视组　部信息中心党委/部档案馆党委\n10月28日　第三巡视组　部海洋发展战略研究所党委\n"
                "10月30日　第四巡视组　部机关服务局党委",
        "inspections": {("第一巡视组", "部信息中心党委"), ("第一巡视组", "部档案馆党委"), ("第三巡视组", "部海洋发展战略研究所党委"),
                        ("第四巡视组", "部机关服务局党委")},
        "feedback": {("第一巡视组", "部信息中心党委", "2020-10-26"), ("第一巡视组", "部档案馆党委", "2020-10-26"),
                     ("第三巡视组", "部海洋发展战略研究所党委", "2020-10-28"), ("第四巡视组", "部机关服务局党委", "2020-10-30")},
        "issued": "2020-11-02",
    },
    "a list of rectification reports, each title's team in brackets after it (Traditional)": {
        "text": "現將被巡視黨組織巡視整改進展情況予以公開:\n1.中共甲市委員會關於十二屆省委第四輪巡視整改進展情況的通報(省委第一巡視組巡視)\n"
                "2.中共省教育廳黨組關於十二屆省委第四輪巡視整改進展情況的通報(省委第三巡視組巡視)\n",
        "inspections": {("省委第一巡视组", "中共甲市委员会"), ("省委第三巡视组", "中共省教育厅党组")},
    },
    "a round's batch as the subject of 进驻: its units, no team named for them": {
        "text": "县委第一巡察组进驻县教育局党组。按照安排,本轮巡察第二批次将于4月上旬进驻柳溪镇、白马镇和桃花坪乡开展巡察。",
        "inspections": {("县委第一巡察组", "县教育局党组"), (None, "柳溪镇"), (None, "白马镇"), (None, "桃花坪乡")},
    },
    "the same in Traditional, a round's entry (第三輪巡察於3月5日全面進駐A、B)": {
        "text": "十屆市委第三輪巡察於3月5日全面進駐市財政局黨組、市審計局黨組。",
        "inspections": {(None, "市财政局党组"), (None, "市审计局党组")},
    },
    "negative: a batch that enters the field work (进驻阶段) names no unit": {
        "text": "本轮巡察第二批次将于4月上旬进驻开展工作。",
        "inspections": set(),
    },
    "a township's villages after the colon, the page cut inside the last (…、沙洲)": {
        "text": "縣委第三巡察組巡察楊柳鎮所轄:楊柳社區、南岸村、北岸村、沙洲",
        "inspections": {("县委第三巡察组", "杨柳社区"), ("县委第三巡察组", "南岸村"), ("县委第三巡察组", "北岸村")},
    },
    "a table whose rows after a team's first leave its team, leader and phone cells blank (merged cells)": {
        "text": "现将各巡察组进驻安排及联系方式公告如下:\n巡察组        组长      被巡察党组织              进驻时间    联系电话\n"
                "第一巡察组    钱某某    区发展和改革局党组        5月6日      0756-3312101\n"
                "              　　      区统计局党组              5月7日\n"
                "第二巡察组    朱某某    区教育局党组              5月6日      0756-3312102\n"
                "              　　      区实验中学党总支          5月8日\n",
        "inspections": {("第一巡察组", "区发展和改革局党组"), ("第一巡察组", "区统计局党组"), ("第二巡察组", "区教育局党组"),
                        ("第二巡察组", "区实验中学党总支")},
        "dates": {"区统计局党组": ("2021-05-07", None)},
        "issued": "2021-05-06",
    },
    "the same with tabs, a Traditional notice": {
        "text": "巡察組\t組長\t被巡察黨組織\t進駐時間\t聯繫電話\n縣委第一巡察組\t錢某\t縣水利局黨組\t5月6日\t0756-1\n\t\t縣林業局黨組\t5月7日\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组")},
        "issued": "2021-05-06",
    },
    "a team's line naming its units' heading (县委第一巡察组巡察单位:), the units one a line beneath": {
        "text": "各被巡察党组织已按规定公开整改进展。\n现将整改进展情况予以公开:\n县委第一巡察组巡察单位:\n县发展和改革局党组\n县统计局党组\n县委第二巡察组巡察单位:\n"
                "县城关镇党委(含东门社区延伸巡察整改情况)\n县委第三巡察组巡察单位:\n县水利局党组\n",
        "inspections": {("县委第一巡察组", "县发展和改革局党组"), ("县委第一巡察组", "县统计局党组"), ("县委第二巡察组", "县城关镇党委"),
                        ("县委第三巡察组", "县水利局党组")},
    },
    "a team's line of fields, its units after 巡视对象: and before 值班电话: (a central round's entry notice)": {
        "text": "各中央巡视组进驻情况如下:\n中央第一巡视组 组长:周某某 副组长:林某某、常某某 巡视对象:国家甲局党组 值班电话:010-68517701 "
                "邮政信箱:北京市A5101号信箱\n中央第二巡视组 组长:邢某某 副组长:柯某某 巡视对象:中国乙集团有限公司党组、中国丙装备集团有限公司党委 "
                "值班电话:010-68517702\n",
        "inspections": {("中央第一巡视组", "国家甲局党组"), ("中央第二巡视组", "中国乙集团有限公司党组"),
                        ("中央第二巡视组", "中国丙装备集团有限公司党委")},
    },
    "a table one cell a line whose header names a mailbox column (专用邮箱), the units extended to in brackets": {
        "text": "进驻情况及联系方式如下:\n巡视组\n组长\n副组长\n被巡视单位\n值班电话\n专用邮箱\n省委第一巡视组\n邵某某\n冯某、钟某\n"
                "甲市委(延伸巡视乙县委)\n0871-65128001\nqyxs2023@126.com\n省委第二巡视组\n袁某某\n高某\n丙市委\n0871-65128002\n"
                "ylxs2023@126.com\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "乙县委"), ("省委第二巡视组", "丙市委")},
    },
    "cards whose team stands in 【】 on its line, its units on the next (Traditional)": {
        "text": "現將進駐情況公告如下:\n【省委第二巡視組】\n被巡視單位:甲市委(延伸巡視乙縣委)\n組長:邱某 副組長:方某\n"
                "【省委第三巡視組】\n被巡視單位:丙市委\n組長:霍某某\n",
        "inspections": {("省委第二巡视组", "甲市委"), ("省委第二巡视组", "乙县委"), ("省委第三巡视组", "丙市委")},
    },
    "cards with a line of the units the inspection was extended to (延伸巡察：), a note closing the units (（“一托二”）)": {
        "text": "【旗委第一巡察组】\n组　　长：敖某\n巡察对象：宝日浩特苏木党委\n延伸巡察：额尔敦嘎查党支部、白音查干嘎查党支部\n"
                "值班电话：0479-7210011\n【旗委第三巡察组】\n组　　长：乌某\n巡察对象：阿拉坦苏木党委、巴彦乌拉苏木党委（“一托二”）\n",
        "inspections": {("旗委第一巡察组", "宝日浩特苏木党委"), ("旗委第一巡察组", "额尔敦嘎查党支部"),
                        ("旗委第一巡察组", "白音查干嘎查党支部"), ("旗委第三巡察组", "阿拉坦苏木党委"),
                        ("旗委第三巡察组", "巴彦乌拉苏木党委")},
        "issued": "2024-04-10",
    },
    "the same in Traditional, 同步延伸巡察 on a card under its units": {
        "text": "【縣委第二巡察組】\n被巡察黨組織：城關鎮黨委\n同步延伸巡察：東街社區黨總支\n組長：王某\n",
        "inspections": {("县委第二巡察组", "城关镇党委"), ("县委第二巡察组", "东街社区党总支")},
        "issued": "2024-04-10",
    },
    "a unit's line naming the team assigned it (甲盟委:由T负责,组长:某某), a mode in brackets after the unit": {
        "text": "各巡视组分工如下:\n甲盟委:由自治区党委第一巡视组负责,组长:某某某,副组长:孙某。值班电话:0471-6291001。\n"
                "乙旗委(提级巡视):由自治区党委第四巡视组负责,组长:张某某。\n",
        "inspections": {("自治区党委第一巡视组", "甲盟委"), ("自治区党委第四巡视组", "乙旗委")},
    },
    "units given a team in the words around it: 承担对A、B的巡察任务 (Traditional, each team its clause)": {
        "text": "本輪巡察組建2個巡察組。縣委第一巡察組承擔對縣人力資源和社會保障局黨組、縣醫療保障局黨組的巡察任務，組長由唐某擔任；"
                "縣委第二巡察組承擔對縣財政局黨組的巡察任務，組長由羅某擔任。",
        "inspections": {("县委第一巡察组", "县人力资源和社会保障局党组"), ("县委第一巡察组", "县医疗保障局党组"),
                        ("县委第二巡察组", "县财政局党组")},
        "issued": "2024-03-20",
    },
    "承担A、B巡察整改“回头看”任务 / 负责C、D的“回头看” / 负责E的专项巡察工作 (Traditional): the units and the kind of inspection": {
        "text": "本輪巡察任務分工爲：縣委第一巡察組承擔城關鎮黨委、雙河鎮黨委巡察整改“回頭看”任務；縣委第三巡察組負責大灣鎮黨委、石橋鎮黨委的“回頭看”；"
                "縣委第四巡察組負責縣水利局黨組的專項巡察工作。",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "双河镇党委"), ("县委第三巡察组", "大湾镇党委"),
                        ("县委第三巡察组", "石桥镇党委"), ("县委第四巡察组", "县水利局党组")},
        "modes": {"城关镇党委": "回头看", "石桥镇党委": "回头看", "县水利局党组": "专项"},
        "issued": "2024-10-20",
    },
    "units a team is sent to, before it: 委党委向A、B派出第一巡察组；向C派出第二巡察组": {
        "text": "经委党委研究，本轮巡察组建2个巡察组。委党委向市第一人民医院党委、市口腔医院党总支派出第一巡察组；向市中医院党委派出第二巡察组。",
        "inspections": {("第一巡察组", "市第一人民医院党委"), ("第一巡察组", "市口腔医院党总支"), ("第二巡察组", "市中医院党委")},
        "issued": "2024-03-16",
    },
    "units of the clause before, then 由T实施: 对A、B实行“一托二”巡察，由分行党委第一巡察组实施": {
        "text": "本轮巡察对4个基层党组织开展巡察。其中，对营业部党委、公司业务部党支部实行“一托二”巡察，由分行党委第一巡察组实施；"
                "对城南支行党支部、经济开发区支行党支部实行“一托二”巡察，由分行党委第二巡察组实施。",
        "inspections": {("分行党委第一巡察组", "营业部党委"), ("分行党委第一巡察组", "公司业务部党支部"),
                        ("分行党委第二巡察组", "城南支行党支部"), ("分行党委第二巡察组", "经济开发区支行党支部")},
        "issued": "2023-08-05",
    },
    "negative: a team that took on much work (承担了大量的巡察工作) is given no unit": {
        "text": "去年以来，县委第一巡察组承担了大量的巡察工作，先后向县纪委移交问题线索5件。",
        "no_inspections": True,
        "issued": "2024-03-20",
    },
    "a team's line whose last units follow a comma (县委第一专项巡察组：A、B、C，D)": {
        "text": "本轮专项巡察派出2个专项巡察组，对全县6个乡镇党委和2个部门党组开展专项巡察。具体安排如下：\n"
                "县委第一专项巡察组：城关镇党委、河口镇党委、黄土岭乡党委，县农业农村局党组\n"
                "县委第二专项巡察组：马坡镇党委、双河镇党委、松林乡党委，县乡村振兴局党组",
        "inspections": {("县委第一专项巡察组", "城关镇党委"), ("县委第一专项巡察组", "河口镇党委"), ("县委第一专项巡察组", "黄土岭乡党委"),
                        ("县委第一专项巡察组", "县农业农村局党组"), ("县委第二专项巡察组", "马坡镇党委"), ("县委第二专项巡察组", "双河镇党委"),
                        ("县委第二专项巡察组", "松林乡党委"), ("县委第二专项巡察组", "县乡村振兴局党组")},
        "issued": "2024-04-10",
    },
    "the same in Traditional, a city's teams, a half-width comma": {
        "text": "各巡察組分工如下：\n市委第一巡察組：市財政局黨組,市審計局黨組\n市委第二巡察組：市統計局黨組",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市统计局党组")},
        "issued": "2024-04-10",
    },
    "negative: a comma after a team's units opening a clause of its time (A、B，为期一个月) adds no unit": {
        "text": "各巡察组分工如下：\n市委第一巡察组：市财政局党组、市审计局党组，为期一个月\n市委第二巡察组：市统计局党组",
        "not_targets": {"为期一个月"},
        "issued": "2024-04-10",
    },
    "a list of the units each team inspected, after 巡视的: (a rectification publication's index)": {
        "text": "各被巡视党组织已按规定公开整改进展。\n现将各巡视组巡视的党组织汇总如下:\n省委第一巡视组巡视的:省发展改革委党组、省能源局党组\n"
                "省委第三巡视组巡视的:省科技厅党组\n",
        "inspections": {("省委第一巡视组", "省发展改革委党组"), ("省委第一巡视组", "省能源局党组"), ("省委第三巡视组", "省科技厅党组")},
    },
    "a team's line, its unit then ；延伸巡视的 and the units its inspection was extended to (Traditional), under a lead naming where the units published": {
        "text": "近日，十一屆省委第九輪巡視的8個被巡視市委及7個被延伸巡視的縣（區）委，在省紀委監委網站和本地主要媒體公開巡視整改進展情況。按巡視組分列如下：\n"
                "省委第一巡視組：青崖市委；延伸巡視的雲溪縣委\n省委第二巡視組：雲嶺市委；延伸巡視的石門縣委、翠湖區委\n省委第三巡視組：江川市委\n",
        "inspections": {("省委第一巡视组", "青崖市委"), ("省委第一巡视组", "云溪县委"), ("省委第二巡视组", "云岭市委"),
                        ("省委第二巡视组", "石门县委"), ("省委第二巡视组", "翠湖区委"), ("省委第三巡视组", "江川市委")},
        "issued": "2023-08-25",
    },
    "the same in Simplified, 同时延伸巡察: after the unit; a county's teams": {
        "text": "县委第一巡察组：城关镇党委；同时延伸巡察：城东社区党总支、城西社区党总支\n县委第二巡察组：县林业局党组\n",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "城东社区党总支"), ("县委第一巡察组", "城西社区党总支"),
                        ("县委第二巡察组", "县林业局党组")},
        "issued": "2023-08-25",
    },
    "record blocks (巡察组别: / 巡察对象: / 巡察时间: / 反馈时间:), one a unit: each block's period and feedback day its own": {
        "text": "现将2023年度委党委巡察整改情况公开如下：\n巡察组别：市国资委党委第一巡察组\n巡察对象：市城市建设投资集团有限公司党委\n"
                "巡察时间：2023年4月10日—5月26日\n反馈时间：2023年6月20日\n整改进展：反馈问题38个，已完成整改33个\n"
                "巡察组别：市国资委党委第二巡察组\n巡察对象：市交通发展集团有限公司党委\n巡察时间：2023年9月4日—10月20日\n"
                "反馈时间：2023年11月16日\n整改进展：反馈问题26个，已完成整改20个",
        "dates": {"市城市建设投资集团有限公司党委": ("2023-04-10", "2023-05-26"),
                  "市交通发展集团有限公司党委": ("2023-09-04", "2023-10-20")},
        "feedback": {("市国资委党委第一巡察组", "市城市建设投资集团有限公司党委", "2023-06-20"),
                     ("市国资委党委第二巡察组", "市交通发展集团有限公司党委", "2023-11-16")},
        "issued": "2024-03-04",
    },
    "the same in Traditional, a county's teams, 進駐時間 for the period": {
        "text": "巡察組別：縣委第一巡察組\n巡察對象：縣林業局黨組\n進駐時間：2023年3月6日\n反饋時間：2023年5月8日\n"
                "巡察組別：縣委第二巡察組\n巡察對象：縣水務局黨組\n進駐時間：2023年9月4日\n反饋時間：2023年11月6日",
        "dates": {"县林业局党组": ("2023-03-06", None), "县水务局党组": ("2023-09-04", None)},
        "feedback": {("县委第一巡察组", "县林业局党组", "2023-05-08"), ("县委第二巡察组", "县水务局党组", "2023-11-06")},
        "issued": "2024-03-04",
    },
    "a table under a lead of feedback (反馈安排如下:): its 日期 the feedback's day": {
        "text": "反馈安排如下:\n日期　　巡视组　　　　被巡视党组织\n8月7日　省委第一巡视组　省委党史研究院\n8月8日　省委第三巡视组　省委老干部局\n",
        "feedback": {("省委第一巡视组", "省委党史研究院", "2023-08-07"), ("省委第三巡视组", "省委老干部局", "2023-08-08")},
        "issued": "2023-08-20",
    },
    "negative: a table with its own 进驻时间 and 反馈时间 under a lead that says feedback is done keeps its entry days": {
        "text": "目前,本轮巡察已全部完成反馈。具体安排如下:\n组别            组长      被巡察单位        进驻时间      反馈时间\n"
                "县委第一巡察组  向某某    甲镇党委          2024.05.13    2024.07.22\n"
                "县委第一巡察组  向某某    乙乡党委          2024.05.14    2024.07.23\n",
        "inspections": {("县委第一巡察组", "甲镇党委"), ("县委第一巡察组", "乙乡党委")},
        "dates": {"乙乡党委": ("2024-05-14", None)},
        "feedback": {("县委第一巡察组", "甲镇党委", "2024-07-22"), ("县委第一巡察组", "乙乡党委", "2024-07-23")},
        "issued": "2024-08-02",
    },
    "a round's units by kind, each kind's line labelled with its count, after a body sentence (lines not joined)": {
        "text": "二十届中央第六轮巡视将对5个党组织开展常规巡视\n本轮巡视共派出15个中央巡视组。\n本轮巡视对象为:\n"
                "中央和国家机关(3个):国务院办公厅、教育部、民政部\n中管企业(2家):中国甲能源集团有限公司、中国乙航运集团有限公司\n",
        "inspections": {(None, "国务院办公厅"), (None, "教育部"), (None, "民政部"), (None, "中国甲能源集团有限公司"),
                        (None, "中国乙航运集团有限公司")},
    },
    "a list of the inspected units numbered beneath 名单公告如下, a note in brackets before its colon": {
        "text": "根据市委统一部署,八届市委第九轮巡察将于2021年9月上旬进驻,对3个市直单位党组织开展常规巡察。\n"
                "现将本轮被巡察党组织名单公告如下(排名不分先后):\n1.市人民检察院党组\n2.市公安局党委\n3.市司法局党组\n",
        "inspections": {(None, "市人民检察院党组"), (None, "市公安局党委"), (None, "市司法局党组")},
    },
    "the same in Traditional, 名單公布如下": {
        "text": "縣委第三輪巡察將對2個單位開展常規巡察。現將被巡察單位名單公布如下:\n1.縣水利局黨組\n2.縣林業局黨組\n",
        "inspections": {(None, "县水利局党组"), (None, "县林业局党组")},
    },
    "对以下N个单位党组织开展常规巡察（排名不分先后）： over numbered units, by the round's teams counted": {
        "text": "三、巡察对象\n本轮巡察派出4个巡察组，对以下3个单位党组织开展常规巡察（排名不分先后）：\n1.县交通运输局党组\n"
                "2.县公路事业发展中心党支部\n3.县商务局党组\n",
        # (the round's 4个巡察组, a group, as the pipeline names one: 巡察组, no team the scorer counts)
        "inspections": {("巡察组", "县交通运输局党组"), ("巡察组", "县公路事业发展中心党支部"), ("巡察组", "县商务局党组")},
        "issued": "2023-08-28",
    },
    "the same in Traditional, 對下列單位開展巡察（按筆畫排序）：": {
        "text": "縣委第三輪巡察將於9月進駐，對下列單位黨組織開展巡察（按筆畫排序）：\n1.縣水利局黨組\n2.縣林業局黨組\n",
        "inspections": {(None, "县水利局党组"), (None, "县林业局党组")},
        "issued": "2023-08-28",
    },
    "negative: a leader who does something else is no leader before a verb": {
        "text": "市委第三巡察组组长张三主持会议,巡察组成员参加。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a team's clause of when, its meetings, its list's lead words
    "在巡察X时发现: the clause of when names the unit inspected": {
        "text": "县委第一巡察组在巡察县水利局时发现,该局工程项目管理存在漏洞。",
        "inspections": {("县委第一巡察组", "县水利局")},
    },
    "在巡察X過程中 (Traditional)": {
        "text": "縣委第三巡察組在巡察縣財政局過程中發現,部分專項資金撥付不及時。",
        "inspections": {("县委第三巡察组", "县财政局")},
    },
    "a team holding the mobilisation meeting named after the unit (召开巡察X工作动员会)": {
        "text": "6月5日,县委第三巡察组召开巡察县交通运输局工作动员会。",
        "inspections": {("县委第三巡察组", "县交通运输局")},
    },
    "a meeting of a team and a college named after both, in a headline (见面沟通会召开)": {
        "text": "校党委第三巡察组巡察外国语学院党委见面沟通会召开",
        "inspections": {("校党委第三巡察组", "外国语学院党委")},
    },
    "a team's 被巡察单位为 A、B和C, without a colon (Traditional)": {
        "text": "本輪巡察中,縣委第二巡察組的被巡察單位為縣農業農村局、縣林業局和縣供銷合作社。",
        "inspections": {("县委第二巡察组", "县农业农村局"), ("县委第二巡察组", "县林业局"), ("县委第二巡察组", "县供销合作社")},
    },
    "a team's colon, then 被巡察单位为 and its units": {
        "text": "县委第二巡察组:被巡察单位为县农业农村局、县林业局。",
        "inspections": {("县委第二巡察组", "县农业农村局"), ("县委第二巡察组", "县林业局")},
    },
    "a unit with the other name of the body it shares offices with, in brackets": {
        "text": "县委第一巡察组进驻县人力资源和社会保障局(县医疗保障局)开展巡察,县委第二巡察组对县委办公室(县档案局)、县财政局开展巡察。",
        "inspections": {("县委第一巡察组", "县人力资源和社会保障局"), ("县委第二巡察组", "县委办公室"),
                        ("县委第二巡察组", "县财政局")},
    },
    "an office's own second name in brackets stays part of it (总行党务工作部(扶贫办))": {
        "text": "总行党委第一巡察组进驻总行党务工作部(扶贫办),总行党委第二巡察组对总行渠道管理部(普惠办)开展巡察。",
        "inspections": {("总行党委第一巡察组", "总行党务工作部(扶贫办)"), ("总行党委第二巡察组", "总行渠道管理部(普惠办)")},
    },
    "进驻X后 / 进驻X以来 in a clause of time: the unit entered (Simplified and Traditional)": {
        "text": "县委第一巡察组进驻县民政局后,召开了巡察工作动员会。縣委第二巡察組進駐縣財政局以來,共受理信訪件20件。",
        "inspections": {("县委第一巡察组", "县民政局"), ("县委第二巡察组", "县财政局")},
    },
    "negative: 进驻后 with no unit": {
        "text": "县委第一巡察组进驻后,召开了巡察工作动员会。",
        "inspections": set(),
    },
    "a unit that 日前接受 a team's inspection (Traditional press)": {
        "text": "臨江銀行股份有限公司黨委日前接受省委第三巡視組巡視,為期約50天。县林业局党组于3月5日起接受县委第二巡察组巡察。",
        "inspections": {("省委第三巡视组", "临江银行股份有限公司党委"), ("县委第二巡察组", "县林业局党组")},
    },
    "a unit that 将接受 a numbered team's inspection: the inspection announced": {
        "text": "县林业局党组将接受县委第二巡察组巡察。",
        "inspections": {("县委第二巡察组", "县林业局党组")},
    },
    "negative: 在巡察过程中 and a team's meeting named after no unit": {
        "text": "县委第一巡察组在巡察过程中发现,部分村干部作风不实。县委第一巡察组召开巡察工作动员会。",
        "inspections": set(),
    },
    "negative: the unit that inspects is no unit inspected (巡察单位为县委巡察办)": {
        "text": "此次巡察单位为县委巡察办。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- an inspection extended to units under the one inspected
    "并延伸巡察 a village's branch under the township inspected": {
        "text": "县委第二巡察组对甲镇党委开展巡察,并延伸巡察甲镇乙村党支部。",
        "inspections": {("县委第二巡察组", "甲镇党委"), ("县委第二巡察组", "甲镇乙村党支部")},
    },
    "延伸巡察了 two branches (Traditional)": {
        "text": "縣委第二巡察組對甲鎮黨委開展巡察,延伸巡察了乙村黨支部、丙村黨支部。",
        "inspections": {("县委第二巡察组", "甲镇党委"), ("县委第二巡察组", "乙村党支部"), ("县委第二巡察组", "丙村党支部")},
    },
    "同时延伸巡察至 a community": {
        "text": "区委第一巡察组对甲街道党工委开展巡察,同时延伸巡察至丙社区党委。",
        "inspections": {("区委第一巡察组", "甲街道党工委"), ("区委第一巡察组", "丙社区党委")},
    },
    "negative: extending the inspection's scope names no unit": {
        "text": "县委第二巡察组对甲镇党委开展巡察,并延伸巡察工作范围。",
        "inspections": {("县委第二巡察组", "甲镇党委")},
    },
    "negative: the manner said of a round, no team before it, names no inspection of its own": {
        "text": "本轮巡察采取“一托二”方式,提高巡察效率。",
        "inspections": set(),
    },
    "negative: a colon after a team that opens its leaders, not a verb": {
        "text": "省委第六巡视组:组长王立新,副组长陈海。",
        "inspections": set(),
        "posts": {("王立新", "组长", "省委第六巡视组")},
    },
    # ---------------------------------------------------------------- tables and notices in the layouts copies give them
    "a table under bars without spaces, its header's cell 组长、副组长": {
        "text": "州委第七轮巡察组进驻安排\n|组别|组长、副组长|被巡察党组织|进驻时间|\n|州委第一巡察组|杨某(组长)、吴某(副组长)|甲市委|3月28日|\n"
                "|州委第二巡察组|潘某(组长)、龙某(副组长)|乙县委|3月29日|",
        "inspections": {("州委第一巡察组", "甲市委"), ("州委第二巡察组", "乙县委")},
        "dates": {"甲市委": ("2022-03-28", None), "乙县委": ("2022-03-29", None)},
        "issued": "2022-03-30",
    },
    "the same in Traditional, full-width bars": {
        "text": "州委第七輪巡察組進駐安排\n｜組別｜組長、副組長｜被巡察黨組織｜\n｜州委第一巡察組｜楊某｜甲市委｜\n｜州委第二巡察組｜潘某｜乙縣委｜",
        "inspections": {("州委第一巡察组", "甲市委"), ("州委第二巡察组", "乙县委")},
    },
    "a fixed-width table whose header words are spread over spaces (组  别), a unit on a line of its own": {
        "text": "盟委第三轮巡察进驻一览\n组  别            组  长        被巡察党组织\n盟委第一巡察组    巴某        盟交通运输局党组\n"
                "盟委第二巡察组    乌某        盟卫生健康委员会党组\n                                盟蒙医医院党委\n各巡察组巡察时间约为45天。",
        "inspections": {("盟委第一巡察组", "盟交通运输局党组"), ("盟委第二巡察组", "盟卫生健康委员会党组"),
                        ("盟委第二巡察组", "盟蒙医医院党委")},
    },
    "negative: a letter-spaced heading is still one word (巡 察 反 馈 会)": {
        "text": "巡 察 反 馈 会 召 开\n7月3日,县委第一巡察组向县水务局党组反馈巡察情况。",
        "feedback": {("县委第一巡察组", "县水务局党组", "2025-07-03")},
        "issued": "2025-07-04",
    },
    "a table one cell a line, the page's chrome after its last row": {
        "text": "县委第十二轮巡察进驻情况\n组别\n组长\n被巡察单位\n进驻时间\n县委第一巡察组\n张某\n县人力资源和社会保障局党组\n4月10日\n"
                "县委第三巡察组\n黄某\n县城市管理局党组\n4月11日\n【关闭】【打印】",
        "inspections": {("县委第一巡察组", "县人力资源和社会保障局党组"), ("县委第三巡察组", "县城市管理局党组")},
    },
    "a team alone on its line, the paragraph beneath it inspecting with no subject (巡察A,并延伸巡察B)": {
        "text": "县委第九轮巡察完成进驻\n县委第九轮巡察5个巡察组于4月22日全部完成进驻。具体安排如下:\n(一)县委第一巡察组\n"
                "组长:陈某,副组长:吴某。巡察石门镇党委,并延伸巡察东岗村党支部、西岗村党支部。值班电话:0911-3512201。\n"
                "(二)县委第二巡察组\n巡察河口乡党委。值班电话:0911-3512202。",
        "inspections": {("县委第一巡察组", "石门镇党委"), ("县委第一巡察组", "东岗村党支部"), ("县委第一巡察组", "西岗村党支部"),
                        ("县委第二巡察组", "河口乡党委")},
    },
    "the same in Traditional: 巡視 under a provincial team's line": {
        "text": "省委第三輪巡視完成進駐\n一、省委第一巡視組\n組長:陳某。巡視甲市委,並延伸巡視甲市財政局黨組。\n二、省委第二巡視組\n巡視乙市委。",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第一巡视组", "甲市财政局党组"), ("省委第二巡视组", "乙市委")},
    },
    "negative: a paragraph under a team's line that inspects nothing": {
        "text": "县委第一巡察组\n组长:陈某,副组长:吴某。巡察期间设立值班电话。",
        "inspections": set(),
    },
    "the units an inspection was extended to, in brackets after the unit": {
        "text": "县委第三巡察组\n组长:程某\n巡察对象:天堂镇党委(并延伸巡察关庄村党总支、黄尾村党支部)\n值班电话:0556-8812347",
        "inspections": {("县委第三巡察组", "天堂镇党委"), ("县委第三巡察组", "关庄村党总支"), ("县委第三巡察组", "黄尾村党支部")},
    },
    "the same in a sentence, Traditional": {
        "text": "4月1日,縣委第三巡察組進駐天堂鎮黨委(延伸巡察關莊村黨總支)開展巡察。",
        "inspections": {("县委第三巡察组", "天堂镇党委"), ("县委第三巡察组", "关庄村党总支")},
    },
    "a half-width full stop closing a line ends its sentence (…党委.)": {
        "text": "市委开展医保基金专项巡察\n8月8日,市委专项巡察全面进驻。具体安排:\n(1)市委第一巡察组:市医疗保障局党组;\n"
                "(2)市委第三巡察组:市第二人民医院党委、市妇幼保健院党委.\n专项巡察时间为1个月左右.",
        "inspections": {("市委第一巡察组", "市医疗保障局党组"), ("市委第三巡察组", "市第二人民医院党委"),
                        ("市委第三巡察组", "市妇幼保健院党委")},
    },
    "the units a round counted, named in the next sentence after 它们是:": {
        "text": "县委第七轮巡察的3个被巡察党组织近日公布巡察整改情况。它们是:县委组织部、县档案馆党支部、县信访局党组。",
        "inspections": {(None, "县委组织部"), (None, "县档案馆党支部"), (None, "县信访局党组")},
    },
    "a row of a team, spaces, and its verb (市委第一巡察组  巡察A、B)": {
        "text": "具体进驻安排如下:\n市委第一巡察组  巡察市住房城乡建设局党组、市城市管理综合执法局党组\n市委第二巡察组  巡察市教育体育局党组\n"
                "市委第五巡察组  对船山区开展巡察“回头看”",
        "inspections": {("市委第一巡察组", "市住房城乡建设局党组"), ("市委第一巡察组", "市城市管理综合执法局党组"),
                        ("市委第二巡察组", "市教育体育局党组"), ("市委第五巡察组", "船山区")},
    },
    "本轮巡视对A、B等N个单位开展常规巡视: the round the page reports, its units named": {
        "text": "日前,二十届中央第三轮巡视15个巡视组完成进驻。根据党中央部署,本轮巡视对国家能源局党组、中国民用航空局党委等34个中央单位党组织"
                "开展常规巡视。",
        "inspections": {(None, "国家能源局党组"), (None, "中国民用航空局党委")},
    },
    "negative: 本轮巡察 of a count of units names no unit": {
        "text": "本轮巡察,校党委共派出4个巡察组,对8个二级单位党组织开展巡察。",
        "inspections": set(),
    },
    "the titles under 热点新闻 are other pages' news, none of this page's facts": {
        "text": "学校召开巡察工作专题学习会\n9月27日,学校党委巡察工作领导小组召开专题学习会。\n\n热点新闻\n· 学校召开巡察工作动员部署会\n"
                "· 省委第五巡视组巡视学校党委情况反馈会召开",
        "inspections": set(),
        "feedback": set(),
    },
    "下沉 a village: the team goes down to the unit it inspects": {
        "text": "县委第三巡察组下沉长河村,开展为期15天的村级巡察。",
        "inspections": {("县委第三巡察组", "长河村")},
    },
    "the same in Traditional, 下沉到 a township's committee": {
        "text": "縣委第三巡察組下沉到石門鎮黨委開展巡察。",
        "inspections": {("县委第三巡察组", "石门镇党委")},
    },
    "negative: inspection strength sent down to the grass roots names no unit": {
        "text": "县委第三巡察组推动巡察力量下沉基层,提升监督质效。",
        "inspections": set(),
    },
    "A被列为Y本轮巡察对象: the unit listed as a team's object": {
        "text": "县粮食和物资储备局被列为县委第五巡察组本轮巡察对象。",
        "inspections": {("县委第五巡察组", "县粮食和物资储备局")},
    },
    "A被確定為Y此次巡察對象 (Traditional)": {
        "text": "3月5日,縣林業局黨組被確定為縣委第二巡察組此次巡察對象。",
        "inspections": {("县委第二巡察组", "县林业局党组")},
    },
    "negative: 我院被列为本轮巡察对象 names no team, the unit told after": {
        "text": "近日,学校党委印发通知,我院被列为本轮巡察对象。",
        "inspections": set(),
    },
    "A、B分别由T1、T3负责巡察: units paired in order with the teams after 分别由": {
        "text": "市委统战部、市工商联分别由市委第一、第三巡察组负责巡察。",
        "inspections": {("市委第一巡察组", "市委统战部"), ("市委第三巡察组", "市工商联")},
    },
    "the same with the teams written in full (Traditional)": {
        "text": "市委統戰部、市工商聯分別由市委第一巡察組、市委第三巡察組負責巡察。",
        "inspections": {("市委第一巡察组", "市委统战部"), ("市委第三巡察组", "市工商联")},
    },
    "汇报了对A、B的专项巡察情况和对C、D的巡察情况: the second report joined to the first, the same team's (Traditional)": {
        "text": "市委第六巡察組彙報了對市城市建設投資集團有限公司黨委、市水務集團有限公司黨委的專項巡察情況和對市供銷合作社黨組、市總工會黨組的巡察情況。",
        "inspections": {("市委第六巡察组", "市城市建设投资集团有限公司党委"), ("市委第六巡察组", "市水务集团有限公司党委"),
                        ("市委第六巡察组", "市供销合作社党组"), ("市委第六巡察组", "市总工会党组")},
        "modes": {"市水务集团有限公司党委": "专项"},
        "issued": "2024-01-10",
    },
    "negative: 对A的巡察情况 after a sentence's 和 with no report before it is no report (和对X的巡察情况进行了研究)": {
        "text": "会议听取了工作汇报。会议对巡察工作规划和对县林业局党组的巡察情况进行了研究。",
        "inspections": set(),
        "issued": "2024-01-10",
    },
    "A和B分别由T1、T2巡视: the last two units joined by 和, paired in order (Traditional, a clause of a round)": {
        "text": "其中，省交通投資集團和省港口集團分別由省委第一、第二巡視組巡視；南原大學、南原理工大學分別由省委第三、第四巡視組巡視。",
        "inspections": {("省委第一巡视组", "省交通投资集团"), ("省委第二巡视组", "省港口集团"), ("省委第三巡视组", "南原大学"),
                        ("省委第四巡视组", "南原理工大学")},
        "issued": "2024-01-10",
    },
    "the same in Simplified, a county's three units, the last after 及": {
        "text": "县林业局党组、县水务局党组及县统计局党组分别由县委第一、第二、第三巡察组负责巡察。",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县水务局党组"), ("县委第三巡察组", "县统计局党组")},
        "issued": "2024-01-10",
    },
    "negative: a unit whose name holds 和 (市住房和城乡建设局) is no two units to pair with two teams": {
        "text": "市住房和城乡建设局党组分别由市委第一、第二巡察组负责巡察。",
        "not_targets": {"市住房", "城乡建设局党组"},
        "issued": "2024-01-10",
    },
    "negative: three units and two teams after 分别由 pair up in no known way": {
        "text": "市委统战部、市工商联、市总工会分别由市委第一、第三巡察组负责巡察。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- entry news: a team's inspection announced as it begins
    "a numbered team 将对X开展为期一个月的常规巡察: the inspection the entry news announces": {
        "text": "根据县委统一部署,县委第三巡察组将对县林业局党组开展为期一个月的常规巡察。",
        "inspections": {("县委第三巡察组", "县林业局党组")},
        "modes": {"县林业局党组": "常规"},
    },
    "the same of an enterprise's team, without the inspection's length (Traditional)": {
        "text": "集團黨委第一巡察組將對華港物流有限公司黨總支開展常規巡察。",
        "inspections": {("集团党委第一巡察组", "华港物流有限公司党总支")},
    },
    "negative: a committee's plan to inspect a unit next year, no team and no length": {
        "text": "下一步,县委将对县林业局党组开展巡察,推动全面从严治党向纵深发展。",
        "inspections": set(),
    },
    "对X展开常规巡视: 展开 as the verb, as Taiwan and Hong Kong copies write it (Traditional)": {
        "text": "中共中央第十巡視組即日起對國務院台灣事務辦公室黨組展開為期約2個月的常規巡視。",
        "inspections": {("中央第十巡视组", "国务院台湾事务办公室党组")},
    },
    # ---------------------------------------------------------------- units under the one inspected, said by 其
    "并对其所辖A、B开展延伸巡察: each unit under the one inspected, 其所辖 no part of the first": {
        "text": "省分行党委第二巡察组对岳州分行党委开展常规巡察,并对其所辖华容支行、临湘支行开展延伸巡察。",
        "inspections": {("省分行党委第二巡察组", "岳州分行党委"), ("省分行党委第二巡察组", "华容支行"),
                        ("省分行党委第二巡察组", "临湘支行")},
    },
    "并延伸巡察其全资子公司X (Traditional)": {
        "text": "集團黨委第一巡察組對華港物流有限公司黨總支開展常規巡察,並延伸巡察其全資子公司深圳華港倉儲有限公司。",
        "inspections": {("集团党委第一巡察组", "华港物流有限公司党总支"), ("集团党委第一巡察组", "深圳华港仓储有限公司")},
    },
    "并延伸巡察其下属X: a forest farm is a unit": {
        "text": "县委第三巡察组对县林业局党组开展常规巡察,并延伸巡察其下属县国有林场。",
        "inspections": {("县委第三巡察组", "县林业局党组"), ("县委第三巡察组", "县国有林场")},
    },
    # ---------------------------------------------------------------- a round's teams and the kind of inspection before the verb
    "X组提级巡察A，延伸巡察B；Y组提级巡察C: the kind before the verb, each team its units": {
        "text": "市委第一巡察组提级巡察甲县关山镇党委,延伸巡察关山村党委;市委第二巡察组提级巡察乙区白沙镇党委。",
        "inspections": {("市委第一巡察组", "甲县关山镇党委"), ("市委第一巡察组", "关山村党委"), ("市委第二巡察组", "乙区白沙镇党委")},
    },
    "X县委第一巡察组交叉巡察Y县的局 (Traditional)": {
        "text": "東溪縣委第一巡察組交叉巡察雲屏縣衛生健康局黨組,東溪縣委第二巡察組交叉巡察雲屏縣教育局黨組。",
        "inspections": {("东溪县委第一巡察组", "云屏县卫生健康局党组"), ("东溪县委第二巡察组", "云屏县教育局党组")},
    },
    "a county-level city's committee with its level in brackets: the committee": {
        "text": "市委第四巡察组巡察北塘市委(县级),延伸巡察北塘市供销合作社党组。",
        "inspections": {("市委第四巡察组", "北塘市委"), ("市委第四巡察组", "北塘市供销合作社党组")},
    },
    "a federation of credit co-operatives' team: 联合社 part of its dispatcher's name": {
        "text": "2023年8月1日至9月15日,省农村信用社联合社党委第四巡察组对柳溪农商银行党委开展了巡察。",
        "inspections": {("省农村信用社联合社党委第四巡察组", "柳溪农商银行党委")},
    },
    # ---------------------------------------------------------------- a round's layouts: padded cells, days in brackets
    "a fixed-width table whose two-character names are padded to three (王　刚): each row's team and units": {
        "text": "具体安排如下:\n组　　别　　　组　　长　　　被 巡 察 单 位　　　　　　进 驻 时 间\n"
                "市委第一巡察组　　王　刚　　　市交通运输局党组　　　　　　9月4日\n"
                "市委第二巡察组　　陈文斌　　　市林业局党组、市水务局党组　9月5日",
        "inspections": {("市委第一巡察组", "市交通运输局党组"), ("市委第二巡察组", "市林业局党组"), ("市委第二巡察组", "市水务局党组")},
        "issued": "2023-09-08",
    },
    "a tab table whose two-character names are padded to three (张　明, a tab either side): each row's team and unit": {
        "text": "各巡视组任务分工如下：\n序号\t巡视组\t组长\t巡视对象\t巡视方式\n1\t省委第一巡视组\t张　明\t省人大常委会机关党组\t常规巡视\n"
                "2\t省委第二巡视组\t刘玉华\t省政协机关党组\t常规巡视",
        "inspections": {("省委第一巡视组", "省人大常委会机关党组"), ("省委第二巡视组", "省政协机关党组")},
    },
    "the same in Traditional, the padded name in the second row": {
        "text": "各巡視組任務分工如下：\n序號\t巡視組\t組長\t巡視對象\n1\t省委第一巡視組\t劉玉華\t省人大常委會機關黨組\n"
                "2\t省委第二巡視組\t宋　江\t省政協機關黨組",
        "inspections": {("省委第一巡视组", "省人大常委会机关党组"), ("省委第二巡视组", "省政协机关党组")},
    },
    "a tab table whose last header cell spans a second header line (联系方式⏎\t\t…值班电话\t邮政信箱)": {
        "text": "各巡视组进驻情况如下：\n巡视组\t组长\t被巡视单位\t进驻时间\t联系方式\t\n\t\t\t\t值班电话\t邮政信箱\n"
                "省委第一巡视组\t杜建明\t锦城市委\t2022年11月7日\t028-86605101\t成都市A201信箱\n"
                "省委第二巡视组\t罗光荣\t蜀南市委\t2022年11月7日\t028-86605102\t成都市A202信箱\n",
        "inspections": {("省委第一巡视组", "锦城市委"), ("省委第二巡视组", "蜀南市委")},
    },
    "the same in Traditional, bars between the cells": {
        "text": "各巡視組進駐情況如下：\n巡視組|組長|被巡視單位|聯繫方式\n||||值班電話|郵政信箱\n"
                "省委第一巡視組|杜建明|錦城市委|028-86605101|成都市A201信箱\n省委第二巡視組|羅光榮|蜀南市委|028-86605102|成都市A202信箱\n",
        "inspections": {("省委第一巡视组", "锦城市委"), ("省委第二巡视组", "蜀南市委")},
    },
    "a tab table whose phone cells hold line breaks, each row running on over two more lines": {
        "text": "各巡视组进驻情况如下：\n巡视组\t组长\t被巡视单位\t进驻时间\t值班电话\t邮政信箱\n"
                "省委第三巡视组\t李春雷\t苍山市委\t2024年3月5日\t0871-63992103\n18988210103\t昆明市A303信箱\n（邮编650000）\n"
                "省委第四巡视组\t杨树林\t乌蒙市委\t2024年3月5日\t0871-63992104\n18988210104\t昆明市A304信箱\n（邮编650000）\n",
        "inspections": {("省委第三巡视组", "苍山市委"), ("省委第四巡视组", "乌蒙市委")},
    },
    "the same in Traditional, cells parted by runs of spaces": {
        "text": "各巡視組進駐情況如下：\n巡視組　　組長　　被巡視單位　　值班電話　　郵政信箱\n"
                "省委第三巡視組　　李春雷　　蒼山市委　　0871-63992103\n18988210103　　昆明市A303信箱\n"
                "省委第四巡視組　　楊樹林　　烏蒙市委　　0871-63992104\n18988210104　　昆明市A304信箱\n",
        "inspections": {("省委第三巡视组", "苍山市委"), ("省委第四巡视组", "乌蒙市委")},
    },
    "单位名称 | 巡视组 | 整改报告 | 公开时间: a list of the units' reports, each with its team (a units column named bare)": {
        "text": "现将各单位整改报告汇总公布：\n单位名称\t巡视组\t整改报告\t公开时间\n"
                "省商务厅党组\t省委第一巡视组\t省商务厅党组关于巡视整改进展情况的通报[查看]\t2024-02-20\n"
                "省档案馆党组\t省委第五巡视组\t省档案馆党组关于巡视整改进展情况的通报[查看]\t2024-02-21\n",
        "inspections": {("省委第一巡视组", "省商务厅党组"), ("省委第五巡视组", "省档案馆党组")},
    },
    "the same in Traditional, bars between the cells and 通報標題 | 公開日期": {
        "text": "單位|巡視組|通報標題|公開日期\n省商務廳黨組|省委第一巡視組|省商務廳黨組關於巡視整改進展情況的通報|2024-02-20\n"
                "省檔案館黨組|省委第五巡視組|省檔案館黨組關於巡視整改進展情況的通報|2024-02-21\n",
        "inspections": {("省委第一巡视组", "省商务厅党组"), ("省委第五巡视组", "省档案馆党组")},
    },
    "negative: 序号 单位 姓名 职务 (a roster, no team column): no inspections": {
        "text": "序号\t单位\t姓名\t职务\n1\t省商务厅\t王某\t处长\n2\t省档案馆\t李某\t副馆长\n",
        "inspections": set(),
    },
    "巡视组 | 组长 | 被巡视县（市、区） | 延伸巡视单位: a units column named for the places it holds": {
        "text": "具体安排如下：\n巡视组\t组长\t被巡视县（市、区）\t延伸巡视单位\t进驻时间\n"
                "省委第一巡视组\t邢振华\t青石县委\t青石县公安局党委、青石县自然资源局党组\t10.9\n"
                "省委第六巡视组\t聂红旗\t丹河县委\t—\t10.11\n",
        "inspections": {("省委第一巡视组", "青石县委"), ("省委第一巡视组", "青石县公安局党委"), ("省委第一巡视组", "青石县自然资源局党组"),
                        ("省委第六巡视组", "丹河县委")},
    },
    "組別 | 組長 | 被巡察鄉鎮 | 進駐時間 (in Traditional, the townships' column)": {
        "text": "組別 組長 被巡察鄉鎮 進駐時間\n縣委第一巡察組 王某 石門鎮黨委 3月5日\n縣委第二巡察組 李某 龍潭鄉黨委 3月6日\n",
        "inspections": {("县委第一巡察组", "石门镇党委"), ("县委第二巡察组", "龙潭乡党委")},
        "issued": "2024-03-08",
    },
    "组别⏎组长⏎巡察对象⏎延伸巡察村（社区）⏎… one cell a line (a column of the villages the inspection extends to)": {
        "text": "巡察组安排如下：\n组别\n组长\n巡察对象\n延伸巡察村（社区）\n进驻时间\n县委第一巡察组\n张卫东\n花桥镇党委\n花桥村、石岭村\n3月11日\n"
                "县委第二巡察组\n谭秋云\n龙田乡党委\n龙田村\n3月11日\n",
        "inspections": {("县委第一巡察组", "花桥镇党委"), ("县委第一巡察组", "花桥村"), ("县委第一巡察组", "石岭村"),
                        ("县委第二巡察组", "龙田乡党委"), ("县委第二巡察组", "龙田村")},
        "issued": "2024-03-11",
    },
    "組別 | 組長 | 巡察對象 | 延伸巡察嘎查村 (in Traditional, tabs)": {
        "text": "組別\t組長\t巡察對象\t延伸巡察嘎查村\n旗委第一巡察組\t巴特爾\t查干蘇木黨委\t寶力格嘎查、烏蘭嘎查\n",
        "inspections": {("旗委第一巡察组", "查干苏木党委"), ("旗委第一巡察组", "宝力格嘎查"), ("旗委第一巡察组", "乌兰嘎查")},
    },
    "乡镇 | 村（社区） | 巡察组 | 进驻时间 with the township's and the team's cells merged over their rows": {
        "text": "三、巡察安排\n乡镇\t村（社区）\t巡察组\t进驻时间\n大坪镇\t大坪社区\t县委第一巡察组\t10月9日\n\t龙潭村\t\t10月9日\n"
                "\t桐木村\t县委第二巡察组\t10月9日\n\t向阳村\t\t10月10日\n柳江乡\t柳江村\t县委第三巡察组\t10月10日\n\t上坪村\t\t10月10日\n",
        "inspections": {("县委第一巡察组", "大坪社区"), ("县委第一巡察组", "龙潭村"), ("县委第二巡察组", "桐木村"),
                        ("县委第二巡察组", "向阳村"), ("县委第三巡察组", "柳江村"), ("县委第三巡察组", "上坪村")},
        "issued": "2024-10-09",
    },
    "the same in Traditional, bars and a 嘎查村 column": {
        "text": "蘇木鎮|嘎查村|巡察組|進駐時間\n查干蘇木|寶力格嘎查|旗委第一巡察組|10月9日\n|烏蘭嘎查||10月10日\n",
        "inspections": {("旗委第一巡察组", "宝力格嘎查"), ("旗委第一巡察组", "乌兰嘎查")},
        "issued": "2024-10-12",
    },
    "组别 组长 巡察对象 组别 组长 巡察对象: a table printed in two blocks side by side, two teams a line": {
        "text": "巡察组安排如下（原表两栏排版）：\n组别\t组长\t巡察对象\t组别\t组长\t巡察对象\n"
                "州委第一巡察组\t扎西平措\t雪峰县委\t州委第二巡察组\t罗布\t康宁县委\n"
                "州委第五巡察组\t杨光明\t州教育和体育局党组、州卫生健康委员会党组\t州委第六巡察组\t陈德华\t州交通运输局党组\n",
        "inspections": {("州委第一巡察组", "雪峰县委"), ("州委第二巡察组", "康宁县委"), ("州委第五巡察组", "州教育和体育局党组"),
                        ("州委第五巡察组", "州卫生健康委员会党组"), ("州委第六巡察组", "州交通运输局党组")},
    },
    "the same in Traditional, bars between the cells of both blocks": {
        "text": "組別|組長|巡察對象|組別|組長|巡察對象\n州委第一巡察組|扎西平措|雪峰縣委|州委第二巡察組|羅布|康寧縣委\n",
        "inspections": {("州委第一巡察组", "雪峰县委"), ("州委第二巡察组", "康宁县委")},
    },
    "one cell a line, a team's two units: the second unit's own cells after its row (team, leaders and phone merged)": {
        "text": "进驻情况\n巡视组\n组长\n副组长\n被巡视单位\n进驻时间\n值班电话\n省委第一巡视组\n张秋林\n王志坚\n省发展改革委\n9月4日\n"
                "0931-8821001\n省能源局\n9月5日\n省委第二巡视组\n陈国栋\n李小芳\n省教育厅\n9月4日\n0931-8821002\n省科学技术协会\n9月6日\n",
        "inspections": {("省委第一巡视组", "省发展改革委"), ("省委第一巡视组", "省能源局"), ("省委第二巡视组", "省教育厅"),
                        ("省委第二巡视组", "省科学技术协会")},
        "issued": "2024-09-08",
    },
    "★T★ framing a team's line over its card (组长 / 被巡察单位：A、B / 联系人): the card's units are the team's": {
        "text": "九届市委第二轮巡察进驻公告\n★市委第一巡察组★\n组长：荀正阳　副组长：幸雨欣\n被巡察单位：市委统战部、市工商业联合会党组\n"
                "联系人：巫晓辉　联系电话：0593-6218801\n★市委第二巡察组★\n组长：仲长胜\n被巡察单位：市林业局党组",
        "inspections": {("市委第一巡察组", "市委统战部"), ("市委第一巡察组", "市工商业联合会党组"), ("市委第二巡察组", "市林业局党组")},
        "issued": "2025-04-07",
    },
    "the same in Traditional, ■T■ lines": {
        "text": "■縣委第一巡察組■\n組長：程光輝\n被巡察單位：縣自然資源局黨組、縣林業局黨組\n■縣委第二巡察組■\n組長：閻東升\n被巡察單位：縣水利局黨組",
        "inspections": {("县委第一巡察组", "县自然资源局党组"), ("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县水利局党组")},
        "issued": "2025-04-07",
    },
    "被巡察单位：⏎1.A（同步延伸巡察B、C）⏎2.D under a team's card: the unit lines, the extension's units parted by 、": {
        "text": "区委第二巡察组\n组长：闫德胜\n被巡察单位：\n1.区教育局党组（同步延伸巡察区实验中学党支部、区第二实验小学党支部）\n"
                "2.区科学技术局党组\n值班电话：0592-7316602",
        "inspections": {("区委第二巡察组", "区教育局党组"), ("区委第二巡察组", "区实验中学党支部"), ("区委第二巡察组", "区第二实验小学党支部"),
                        ("区委第二巡察组", "区科学技术局党组")},
        "issued": "2024-09-09",
    },
    "the same in Traditional, 延伸巡察 without 同步": {
        "text": "市委第三巡察組\n組長：喻文濤\n被巡察單位：\n1.市衛生健康局黨組（延伸巡察市人民醫院黨委、市中醫院黨委）\n2.市醫療保障局黨組",
        "inspections": {("市委第三巡察组", "市卫生健康局党组"), ("市委第三巡察组", "市人民医院党委"), ("市委第三巡察组", "市中医院党委"),
                        ("市委第三巡察组", "市医疗保障局党组")},
        "issued": "2024-09-09",
    },
    "a card's 进驻单位：⏎A⏎B under its team and leaders: the units beneath the label": {
        "text": "十一届市委第七轮巡察公告\n市委第一巡察组\n组长：甘振国　副组长：林慧珠\n进驻单位：\n市委办公室\n市委机要保密局\n"
                "值班电话：0595-22901701\n\n市委第二巡察组\n组长：欧海洋\n进驻单位：\n市政协机关党组",
        "inspections": {("市委第一巡察组", "市委办公室"), ("市委第一巡察组", "市委机要保密局"), ("市委第二巡察组", "市政协机关党组")},
        "issued": "2023-10-09",
    },
    "the same in Traditional, 進駐對象：": {
        "text": "縣委第一巡察組\n組長：甘振國\n進駐對象：\n縣教育局黨組\n縣民政局黨組\n縣委第二巡察組\n組長：歐海洋\n進駐對象：\n縣林業局黨組",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县民政局党组"), ("县委第二巡察组", "县林业局党组")},
        "issued": "2023-10-09",
    },
    "T　组长X　副组长Y on the team's line, 巡察对象：A indented beneath: the card's units": {
        "text": "一、巡察组及巡察对象\n\u3000\u3000校党委第一巡察组\u3000组长向东阳\u3000副组长单雯\n\u3000\u3000\u3000\u3000巡察对象：计算机科学与技术学院党委\n"
                "\u3000\u3000校党委第二巡察组\u3000组长聂振宇\u3000副组长薛佳佳\n\u3000\u3000\u3000\u3000巡察对象：电子信息工程学院党委",
        "inspections": {("校党委第一巡察组", "计算机科学与技术学院党委"), ("校党委第二巡察组", "电子信息工程学院党委")},
        "issued": "2025-05-19",
    },
    "a card's lines under a notice's sentence (组长：X；副组长：Y⏎巡察对象：A、B⏎值班电话): each field its own line, not one sentence": {
        "text": "派出5个巡察组，对10家农商银行党委开展常规巡察。现将有关事项公告如下：\n\n    省联社党委第一巡察组组长：许振东；副组长：吉晓萌\n"
                "    巡察对象：橙溪农村商业银行党委、桑林农村商业银行党委\n    值班电话：0731-88923301",
        "inspections": {("省联社党委第一巡察组", "橙溪农村商业银行党委"), ("省联社党委第一巡察组", "桑林农村商业银行党委")},
        "issued": "2024-07-08",
    },
    "the same in Traditional, 被巡察單位 and 聯繫電話": {
        "text": "本輪巡察對市直單位開展常規巡察。現將有關事項公告如下：\n市委第二巡察組組長：庾長林；副組長：苟麗麗\n"
                "被巡察單位：市商務局黨組、市統計局黨組\n聯繫電話：0731-88923302",
        "inspections": {("市委第二巡察组", "市商务局党组"), ("市委第二巡察组", "市统计局党组")},
        "issued": "2024-07-08",
    },
    "X任T组长，Y任副组长，巡察A、B；…: the unit's team the one its leader was appointed to": {
        "text": "会议宣读了本轮巡察任务分工：程光辉任县委第一巡察组组长，汤雪梅任副组长，巡察县自然资源局党组、县林业局党组；"
                "阎东升任县委第二巡察组组长，巡察县水利局党组。",
        "inspections": {("县委第一巡察组", "县自然资源局党组"), ("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县水利局党组")},
        "issued": "2021-05-08",
    },
    "the same in Traditional, two deputies": {
        "text": "會議宣讀了任務分工：牛立軍任縣委第四巡察組組長，王芳任副組長，李強任副組長，巡察青龍鎮黨委、白馬鄉黨委。",
        "inspections": {("县委第四巡察组", "青龙镇党委"), ("县委第四巡察组", "白马乡党委")},
        "issued": "2021-05-08",
    },
    "📂 T巡察单位 over ① A关于…整改进展情况的通报 >> lines: each title's unit the heading team's": {
        "text": "现将区委第十轮巡察对象巡察整改进展情况予以公开。\n📂 区委第一巡察组巡察单位\n① 区商务局党组关于巡察整改进展情况的通报 >>\n"
                "② 区市场监督管理局党组关于巡察整改进展情况的通报 >>\n📂 区委第二巡察组巡察单位\n③ 柳湾街道党工委关于巡察整改进展情况的通报 >>",
        "inspections": {("区委第一巡察组", "区商务局党组"), ("区委第一巡察组", "区市场监督管理局党组"), ("区委第二巡察组", "柳湾街道党工委")},
        "issued": "2023-12-15",
    },
    "the same in Traditional, ■ headings and ⑴-less circled numbers": {
        "text": "現將縣委第八輪巡察整改進展情況予以公開。\n■縣委第一巡察組巡察單位\n①縣商務局黨組關於巡察整改進展情況的通報\n"
                "②縣統計局黨組關於巡察整改進展情況的通報\n■縣委第二巡察組巡察單位\n③城關鎮黨委關於巡察整改進展情況的通報",
        "inspections": {("县委第一巡察组", "县商务局党组"), ("县委第一巡察组", "县统计局党组"), ("县委第二巡察组", "城关镇党委")},
        "issued": "2023-12-15",
    },
    "T巡察对象（六个） over lines of two units in columns, the last line one: every unit the team's": {
        "text": "现将各单位巡察整改进展情况集中公开，具体名单如下：\n\n市委第一巡察组巡察对象（三个）\n市林业局党组\u3000\u3000\u3000\u3000市数据资源管理局党组\n"
                "市公安局党委\n\n市委第二巡察组巡察对象（两个）\n市职业教育中心党委\u3000\u3000\u3000\u3000市退役军人事务局党组",
        "inspections": {("市委第一巡察组", "市林业局党组"), ("市委第一巡察组", "市数据资源管理局党组"), ("市委第一巡察组", "市公安局党委"),
                        ("市委第二巡察组", "市职业教育中心党委"), ("市委第二巡察组", "市退役军人事务局党组")},
        "issued": "2024-01-09",
    },
    "the same in Traditional, 巡察單位（4個）": {
        "text": "具體名單如下：\n縣委第一巡察組巡察單位（4個）\n縣林業局黨組　　縣審計局黨組\n縣統計局黨組　　縣民政局黨組",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第一巡察组", "县统计局党组"),
                        ("县委第一巡察组", "县民政局党组")},
        "issued": "2024-01-09",
    },
    "第一部分　T over A关于…整改情况的报告.docx　点击下载 lines: the section's team, each file's unit": {
        "text": "现将各被巡察企业党组织整改情况报告予以公开。\n第一部分\u3000集团党委第一巡察组\n甲供应链管理有限公司党支部关于集团党委第六轮巡察整改情况的报告.docx\u3000点击下载\n"
                "乙材料有限公司党委关于集团党委第六轮巡察整改情况的报告.docx\u3000点击下载\n第二部分\u3000集团党委第二巡察组\n"
                "丙置业有限公司党委关于集团党委第六轮巡察整改情况的报告.docx\u3000点击下载",
        "inspections": {("集团党委第一巡察组", "甲供应链管理有限公司党支部"), ("集团党委第一巡察组", "乙材料有限公司党委"),
                        ("集团党委第二巡察组", "丙置业有限公司党委")},
        "issued": "2023-12-27",
    },
    "a numbered list of files A巡察整改进展情况通报.docx, no team named: each file's unit (team None)": {
        "text": "现将各被巡察党组织整改进展情况公开如下（点击下载）：\n1. 市文化广电和旅游局党组巡察整改进展情况通报.docx\n"
                "2. 市档案馆党支部巡察整改进展情况通报.docx\n3. 市商务局党组巡察整改进展情况通报.pdf",
        "inspections": {(None, "市文化广电和旅游局党组"), (None, "市档案馆党支部"), (None, "市商务局党组")},
        "issued": "2023-09-19",
    },
    "the same in Traditional, 【查看】 after each title": {
        "text": "現將各被巡察黨組織整改進展情況公開如下：\n1. 縣林業局黨組巡察整改進展情況通報【查看】\n2. 縣審計局黨組巡察整改進展情況通報【查看】",
        "inspections": {(None, "县林业局党组"), (None, "县审计局党组")},
        "issued": "2023-09-19",
    },
    "同时T对A开展了提级巡察: 同时 an adverb, no part of the team's place": {
        "text": "2023年3月至5月，十一届市委第四轮巡察派出5个巡察组开展常规巡察，同时市委第五巡察组对周河村党总支开展了提级巡察。",
        "inspections": {("市委第五巡察组", "周河村党总支")},
        "teams": {"市委第五巡察组"},
        "issued": "2023-09-19",
    },
    "the same in Traditional, 及時": {
        "text": "會上，縣委第一巡察組及時向縣林業局黨組反饋了巡察情況，及時縣委第二巡察組對城關鎮黨委開展了巡察。",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
        "teams": {"县委第一巡察组", "县委第二巡察组"},
        "issued": "2023-09-19",
    },
    "【T】 over >> A关于…整改进展情况的通报　date lines: each title's unit the bracketed heading's team": {
        "text": "现将整改进展情况集中公开，点击链接查看。\n\n【市委第一巡察组】\n>> 市妇幼保健院党总支关于市委第二轮巡察整改进展情况的通报\u30002023-07-10\n"
                ">> 市总工会党组关于市委第二轮巡察整改进展情况的通报\u30002023-07-11\n\n【市委第二巡察组】\n"
                ">> 市司法局党组关于市委第二轮巡察整改进展情况的通报\u30002023-07-11",
        "inspections": {("市委第一巡察组", "市妇幼保健院党总支"), ("市委第一巡察组", "市总工会党组"), ("市委第二巡察组", "市司法局党组")},
        "issued": "2023-07-14",
    },
    "the same in Traditional, [T] headings and » marks": {
        "text": "現將整改進展情況集中公開。\n[縣委第一巡察組]\n» 縣林業局黨組關於縣委第五輪巡察整改進展情況的通報\n"
                "» 縣審計局黨組關於縣委第五輪巡察整改進展情況的通報\n[縣委第二巡察組]\n» 城關鎮黨委關於縣委第五輪巡察整改進展情況的通報",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "城关镇党委")},
        "issued": "2023-07-14",
    },
    "a bar table 序号 | 被巡察法院党组 | 巡察组 | 整改报告: the units column named for what it holds": {
        "text": "巡察整改情况如下：\n| 序号 | 被巡察法院党组 | 巡察组 | 整改报告 |\n| 1 | 宁川市中级人民法院党组 | 省高级人民法院党组第一巡察组 | 已报送 |\n"
                "| 2 | 桂源县人民法院党组 | 省高级人民法院党组第二巡察组 | 已报送 |",
        "inspections": {("省高级人民法院党组第一巡察组", "宁川市中级人民法院党组"), ("省高级人民法院党组第二巡察组", "桂源县人民法院党组")},
        "issued": "2024-02-27",
    },
    "the same in Traditional, 村（社區）黨組織 | 巡察組 | 公開方式": {
        "text": "現將整改情況公開如下：\n序號 | 村（社區）黨組織 | 巡察組 | 公開方式\n1 | 永安鎮高橋村黨支部 | 市委第一巡察組 | 村務公開欄\n"
                "2 | 茶園鎮八里村黨總支 | 市委第二巡察組 | 村民代表大會通報",
        "inspections": {("市委第一巡察组", "永安镇高桥村党支部"), ("市委第二巡察组", "茶园镇八里村党总支")},
        "issued": "2023-10-10",
    },
    "…方式，同步下沉巡察A、B: the units the team went down to, its own clause's subject": {
        "text": "省委第五巡视组对青溪市委开展常规巡视，并采取“以巡带巡、上下联动”方式，同步下沉巡察鹿门县委、桐柏区委。",
        "inspections": {("省委第五巡视组", "青溪市委"), ("省委第五巡视组", "鹿门县委"), ("省委第五巡视组", "桐柏区委")},
        "issued": "2024-05-21",
    },
    "the same in Traditional, T将延伸巡視A、B (a mobilisation's announced units)": {
        "text": "同時，省委第五巡視組將延伸巡視市發展和改革委員會黨組、市人民檢察院黨組。",
        "inspections": {("省委第五巡视组", "市发展和改革委员会党组"), ("省委第五巡视组", "市人民检察院党组")},
        "issued": "2024-05-21",
    },
    "（一）T，组长：X，巡视A、B；: the team's leader after a comma, its units after": {
        "text": "进驻情况如下：\n（一）中央第一巡视组，组长：贺长林，巡视国家水文资源局党组、国家地理测绘局党组；\n"
                "（二）中央第二巡视组，组长：董秋实，巡视国家海洋渔业局党组。",
        "inspections": {("中央第一巡视组", "国家水文资源局党组"), ("中央第一巡视组", "国家地理测绘局党组"), ("中央第二巡视组", "国家海洋渔业局党组")},
        "issued": "2024-11-06",
    },
    "the same in Traditional, the leader's colon": {
        "text": "（一）中央第三巡視組，組長：呂志堅，巡視國家標準計量總局黨組、國家知識產權保護局黨組；",
        "inspections": {("中央第三巡视组", "国家标准计量总局党组"), ("中央第三巡视组", "国家知识产权保护局党组")},
        "issued": "2024-11-06",
    },
    "T：A、B，延伸巡视C on the team's line: C its unit too": {
        "text": "3月25日，集团党组第一轮巡视的2个巡视组完成进驻。\n集团党组第三巡视组：甲港口控股有限公司党委、甲物流有限公司党委，延伸巡视乙物流有限公司党委\n"
                "集团党组第四巡视组：甲重工有限公司党委",
        "inspections": {("集团党组第三巡视组", "甲港口控股有限公司党委"), ("集团党组第三巡视组", "甲物流有限公司党委"),
                        ("集团党组第三巡视组", "乙物流有限公司党委"), ("集团党组第四巡视组", "甲重工有限公司党委")},
        "issued": "2024-03-27",
    },
    "the same in Traditional, 並延伸巡察": {
        "text": "縣委第一巡察組：城關鎮黨委、縣林業局黨組，並延伸巡察城關鎮東街社區黨支部\n縣委第二巡察組：縣審計局黨組",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "城关镇东街社区党支部"),
                        ("县委第二巡察组", "县审计局党组")},
        "issued": "2024-03-27",
    },
    "…分别向N所高校党委反馈。此次被巡视的高校包括：A、B、C: the units the count stands for, fed back": {
        "text": "二十届中央第二轮巡视的10个巡视组近日分别向3所中管高校党委反馈巡视情况。此次被巡视的高校包括：东岳大学、华林理工大学、北川师范大学。",
        "inspections": {("巡视组", "东岳大学"), ("巡视组", "华林理工大学"), ("巡视组", "北川师范大学")},  # (10个巡视组: no one team)
        "issued": "2024-06-20",
    },
    "the same in Traditional, 被巡視的3所醫院分別是": {
        "text": "市委巡察組近日分別向3家市屬醫院黨委反饋巡察情況。被巡察的3家醫院分別是：市第一人民醫院、市中醫院、市婦幼保健院。",
        "inspections": {("市委巡察组", "市第一人民医院"), ("市委巡察组", "市中医院"), ("市委巡察组", "市妇幼保健院")},
        "issued": "2024-06-20",
    },
    "被巡视的N家金融单位包括：“X”，即A、B；C；三家Y——D、E: a kind of 单位 counted; labels before 即 and a dash no units": {
        "text": "二十届中央第三轮巡视全面进驻\n本轮巡视将对8家金融单位党组织开展常规巡视。本轮被巡视的8家金融单位包括：“一行一局”，即东岳人民银行、"
                "华林外汇管理局；华林投资有限责任公司；三家政策性银行——华林开发银行、北川进出口银行、东岳农业发展银行；以及华林信托集团有限公司。",
        "inspections": {(None, "8家金融单位党组织"), (None, "东岳人民银行"), (None, "华林外汇管理局"), (None, "华林投资有限责任公司"),
                        (None, "华林开发银行"), (None, "北川进出口银行"), (None, "东岳农业发展银行"), (None, "华林信托集团有限公司")},
        "issued": "2024-10-18",
    },
    "the same in Traditional, 被巡察的6家市屬企業包括：兩家銀行——A、B；“三大集團”，即C、D、E": {
        "text": "市委第二輪巡察全面進駐\n本輪被巡察的6家市屬企業包括：青溪投資有限公司；兩家銀行——青溪農村商業銀行、青溪村鎮銀行；"
                "“三大集團”，即青溪城投集團、青溪交投集團、青溪水務集團。",
        "inspections": {(None, "青溪投资有限公司"), (None, "青溪农村商业银行"), (None, "青溪村镇银行"), (None, "青溪城投集团"),
                        (None, "青溪交投集团"), (None, "青溪水务集团")},
        "issued": "2024-10-18",
    },
    "被巡察的3家单位包括：A、B、C——均为首次接受巡察: a remark after a dash ends the last unit": {
        "text": "市委第二轮巡察全面进驻\n本轮被巡察的3家单位包括：市财政局党组、市审计局党组、市统计局党组——三家单位均为首次接受巡察。",
        "inspections": {(None, "市财政局党组"), (None, "市审计局党组"), (None, "市统计局党组")},
        "issued": "2024-10-18",
    },
    "┏ T⏎┗ A｜B (box-drawing corners as bullets, units parted by bars): the team's units": {
        "text": "▼ 反馈安排\n┏ 县委第一巡察组\n┗ 县财政局党组｜县审计局党组\n┏ 县委第二巡察组\n┗ 县总工会党组｜梅岭镇党委",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第一巡察组", "县审计局党组"), ("县委第二巡察组", "县总工会党组"),
                        ("县委第二巡察组", "梅岭镇党委")},
        "issued": "2023-06-16",
    },
    "a PDF's team lines wrapped at a fixed width (…、⏎C。 / …建设局⏎党组、D。): each line's units whole": {
        "text": "本轮巡察重点检查落实省委市委县委工作要求情况。各巡察组进驻安排如下：\n县委第一巡察组：巡察县农业农村局党组、县乡村振兴局党组、\n"
                "县供销合作社联合社党组。\n值班电话：0833-6210511\n县委第二巡察组：巡察县交通运输局党组、县住房和城乡建设局\n党组、县自然资源局党组。\n"
                "值班电话：0833-6210522",
        "inspections": {("县委第一巡察组", "县农业农村局党组"), ("县委第一巡察组", "县乡村振兴局党组"), ("县委第一巡察组", "县供销合作社联合社党组"),
                        ("县委第二巡察组", "县交通运输局党组"), ("县委第二巡察组", "县住房和城乡建设局党组"), ("县委第二巡察组", "县自然资源局党组")},
        "teams": {"县委第一巡察组", "县委第二巡察组"},
        "issued": "2024-08-30",
    },
    "the same in Traditional, a name wrapped after two of its characters": {
        "text": "各巡察組進駐安排如下：\n市委第三巡察組：巡察市人力資源和社會保障局黨組、市醫療保\n障局黨組、市退役軍人事務局黨組。\n值班電話：0833-6210533",
        "inspections": {("市委第三巡察组", "市人力资源和社会保障局党组"), ("市委第三巡察组", "市医疗保障局党组"), ("市委第三巡察组", "市退役军人事务局党组")},
        "issued": "2024-08-30",
    },
    "一、T over · A党委巡察整改进展情况通报　[date] lines: each title's unit the section's team": {
        "text": "现将整改进展情况通报公开（按巡察组排列）：\n一、校党委第一巡察组\n· 医学影像学院党委巡察整改进展情况通报\u3000\u3000[2024-02-19]\n"
                "· 药学院党委巡察整改进展情况通报\u3000\u3000[2024-02-28]\n二、校党委第二巡察组\n· 护理学院党委巡察整改进展情况通报\u3000\u3000[2024-02-20]",
        "inspections": {("校党委第一巡察组", "医学影像学院党委"), ("校党委第一巡察组", "药学院党委"), ("校党委第二巡察组", "护理学院党委")},
        "issued": "2024-03-05",
    },
    "the same in Traditional, the date in full-width brackets": {
        "text": "現將整改進展情況通報公開：\n一、縣委第一巡察組\n· 縣林業局黨組巡察整改進展情況通報（2024-02-19）\n二、縣委第二巡察組\n"
                "· 縣審計局黨組巡察整改進展情況通報（2024-02-20）",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县审计局党组")},
        "issued": "2024-03-05",
    },
    "【T】 over lines of units in columns: the bracketed heading's team": {
        "text": "现将整改情况公开如下：\n\n【县委第一巡察组】\n太平镇金竹村党支部\u3000\u3000\u3000\u3000石鼓镇谢家村党支部\n新集镇三合村党总支\n\n"
                "【县委第二巡察组】\n荷塘镇杉木社区党支部\u3000\u3000\u3000太平镇水口村党总支",
        "inspections": {("县委第一巡察组", "太平镇金竹村党支部"), ("县委第一巡察组", "石鼓镇谢家村党支部"), ("县委第一巡察组", "新集镇三合村党总支"),
                        ("县委第二巡察组", "荷塘镇杉木社区党支部"), ("县委第二巡察组", "太平镇水口村党总支")},
        "issued": "2024-03-05",
    },
    "the same in Traditional, 〔T〕": {
        "text": "現將整改情況公開如下：\n〔市委第三巡察組〕\n市林業局黨組　　　　市審計局黨組\n〔市委第四巡察組〕\n市統計局黨組　　　　市民政局黨組",
        "inspections": {("市委第三巡察组", "市林业局党组"), ("市委第三巡察组", "市审计局党组"), ("市委第四巡察组", "市统计局党组"),
                        ("市委第四巡察组", "市民政局党组")},
        "issued": "2024-03-05",
    },
    "a one-cell-a-line table whose last unit wraps after its 党 (县中医医院党⏎支部): one unit, its own": {
        "text": "一、巡察对象及组别\n序号\n巡察组\n被巡察单位\n1\n县委第一巡察组\n县统计局党支部\n2\n县委第四巡察组\n县人民医院党委\n3\n"
                "县委第四巡察组\n县中医医院党\n支部\n二、受理信访举报范围",
        "inspections": {("县委第一巡察组", "县统计局党支部"), ("县委第四巡察组", "县人民医院党委"), ("县委第四巡察组", "县中医医院党支部")},
        "issued": "2023-08-18",
    },
    "the same in Traditional, 黨⏎總支": {
        "text": "序號\n巡察組\n被巡察單位\n1\n市委第一巡察組\n市審計局黨組\n2\n市委第二巡察組\n市婦幼保健院黨\n總支\n三、聯繫方式",
        "inspections": {("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市妇幼保健院党总支")},
        "issued": "2023-08-18",
    },
    "a PDF table's row whose university wraps inside its name (岭东科技学⏎院党委 组长 day / 科技大⏎学党委): one unit, its own": {
        "text": "序号　巡视组　被巡视党组织　组长　进驻时间\n7　省委第七巡视组　岭东大学党委、岭东科技学\n院党委　梁文斌　2月29日\n"
                "8　省委第八巡视组　岭东师范学院党委、岭东工业大\n学党委　方卫东　3月1日\n各巡视组进驻后将分别公布值班电话。",
        "inspections": {("省委第七巡视组", "岭东大学党委"), ("省委第七巡视组", "岭东科技学院党委"),
                        ("省委第八巡视组", "岭东师范学院党委"), ("省委第八巡视组", "岭东工业大学党委")},
        "issued": "2024-02-27",
    },
    "the same in Traditional, 學⏎院黨委": {
        "text": "序號　巡察組　被巡察黨組織　組長\n1　市委第一巡察組　市人民醫院黨委、嶺東職業技術學\n院黨委　王建國\n2　市委第二巡察組　市審計局黨組　李偉",
        "inspections": {("市委第一巡察组", "市人民医院党委"), ("市委第一巡察组", "岭东职业技术学院党委"), ("市委第二巡察组", "市审计局党组")},
        "issued": "2024-02-27",
    },
    "negative: a list ending on 大学 over a line opening with a name of its own, its level first (no 岭东大学市财政局党组)": {
        "text": "序号　巡察组　被巡察党组织　组长\n1　市委第一巡察组　市教育局党组、岭东大学\n市财政局党组　王刚",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第一巡察组", "岭东大学")},
        "issued": "2024-02-27",
    },
    "文学院党委 beside 历史文化学院党委: two schools, no short form of the other (its first character not the other's)": {
        "text": "校党委第二巡察组向文学院党委反馈巡察情况。校党委第二巡察组向历史文化学院党委反馈巡察情况。",
        "inspections": {("校党委第二巡察组", "文学院党委"), ("校党委第二巡察组", "历史文化学院党委")},
        "issued": "2024-11-22",
    },
    "the same in Traditional, 化學院黨委 beside 材料化學學院黨委 (a short form keeps its first character)": {
        "text": "校黨委第一巡察組進駐化學院黨委。校黨委第一巡察組進駐材料化學學院黨委。",
        "inspections": {("校党委第一巡察组", "化学院党委"), ("校党委第一巡察组", "材料化学学院党委")},
        "issued": "2024-11-22",
    },
    "◆T over kinds' lines (县（市、区）：A。 / 市直部门：B、C。 / 乡镇（延伸）：D): each line's units the team's, one or more": {
        "text": "各组巡察对象如下：\n\n◆市委第一巡察组\n县（市、区）：枫亭县委。\n市直部门：市林业局党组、市教育局党组。\n乡镇（延伸）：枫亭县石鼓镇党委。\n\n"
                "◆市委第二巡察组\n县（市、区）：蒲阳县委。",
        "inspections": {("市委第一巡察组", "枫亭县委"), ("市委第一巡察组", "市林业局党组"), ("市委第一巡察组", "市教育局党组"),
                        ("市委第一巡察组", "枫亭县石鼓镇党委"), ("市委第二巡察组", "蒲阳县委")},
        "issued": "2023-09-27",
    },
    "the same in Traditional, （一） headings": {
        "text": "各組巡察對象如下：\n（一）市委第三巡察組\n縣（市、區）：青溪縣委。\n市直部門：市殘聯黨組。\n（二）市委第四巡察組\n市直部門：市審計局黨組。",
        "inspections": {("市委第三巡察组", "青溪县委"), ("市委第三巡察组", "市残联党组"), ("市委第四巡察组", "市审计局党组")},
        "issued": "2023-09-27",
    },
    "A由T进行巡察，B由T2进行巡察: the units handed to each team, with 进行/开展 before the verb": {
        "text": "县教育局党组由县委第一巡察组进行巡察，县卫健局党组由县委第二巡察组开展常规巡察。",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第二巡察组", "县卫健局党组")},
        "issued": "2024-03-01",
    },
    "the same in Traditional, 分别由 two teams": {
        "text": "市委統戰部、市工商聯分別由市委第一、第三巡察組進行巡察。",
        "inspections": {("市委第一巡察组", "市委统战部"), ("市委第三巡察组", "市工商联")},
        "issued": "2024-03-01",
    },
    "numbered rows one cell a line, a team's later rows only their number and unit (its team, dates and phone merged)": {
        "text": "进驻情况一览表\n序号\n巡察组\n被巡察单位\n巡察时间\n值班电话\n1\n县委第一巡察组\n县教育局党委\n9月2日至10月25日\n"
                "0579-8812301\n2\n县图书馆党支部\n3\n县委第二巡察组\n县卫生健康局党组\n9月3日至10月28日\n0579-8812302\n4\n"
                "县人民医院党委\n5\n县中医院党委\n",
        "inspections": {("县委第一巡察组", "县教育局党委"), ("县委第一巡察组", "县图书馆党支部"), ("县委第二巡察组", "县卫生健康局党组"),
                        ("县委第二巡察组", "县人民医院党委"), ("县委第二巡察组", "县中医院党委")},
        "dates": {"县图书馆党支部": ("2024-09-02", "2024-10-25"), "县中医院党委": ("2024-09-03", "2024-10-28")},
        "issued": "2024-09-05",
    },
    "the same in Traditional, a mailbox column too": {
        "text": "序號\n巡察組\n被巡察單位\n巡察時間\n值班電話\n郵政信箱\n1\n市委第三巡察組\n龍潭鎮黨委\n9月3日至10月28日\n"
                "0579-8812303\n臨江市003號郵政信箱\n2\n石樑鎮黨委\n3\n雙溪鄉黨委\n",
        "inspections": {("市委第三巡察组", "龙潭镇党委"), ("市委第三巡察组", "石梁镇党委"), ("市委第三巡察组", "双溪乡党委")},
        "issued": "2024-09-05",
    },
    "the same in Traditional, three units to a team": {
        "text": "巡視組\n組長\n被巡視單位\n進駐時間\n省委第三巡視組\n趙建平\n省水利廳\n9月4日\n省水文局\n9月5日\n省河湖中心\n9月6日\n",
        "inspections": {("省委第三巡视组", "省水利厅"), ("省委第三巡视组", "省水文局"), ("省委第三巡视组", "省河湖中心")},
        "issued": "2024-09-08",
    },
    "a round's feedback a line each, its day in brackets after it": {
        "text": "区委5个巡察组分别向被巡察党组织反馈巡察情况,具体如下:\n1.区委第一巡察组向区教育局党组反馈(1月8日上午)\n"
                "2.区委第二巡察组向区卫生健康局党组、区民政局党组反馈(1月9日下午)",
        "feedback": {("区委第一巡察组", "区教育局党组", "2024-01-08"), ("区委第二巡察组", "区卫生健康局党组", "2024-01-09"),
                     ("区委第二巡察组", "区民政局党组", "2024-01-09")},
        "issued": "2024-01-10",
    },
    "the same in Traditional, full-width brackets": {
        "text": "具體如下：\n1.區委第一巡察組向區教育局黨組反饋（1月8日上午）\n2.區委第二巡察組向區衛生健康局黨組反饋（1月9日下午）",
        "feedback": {("区委第一巡察组", "区教育局党组", "2024-01-08"), ("区委第二巡察组", "区卫生健康局党组", "2024-01-09")},
        "issued": "2024-01-10",
    },
    "第五、第六巡察组分别对A、B开展巡察，并分别延伸巡察C、D: the extended units paired in order too (Traditional)": {
        "text": "9月18日,縣委第五、第六巡察組分別對石牛鎮黨委、清水鎮黨委開展巡察,並分別延伸巡察石牛社區黨委、清水村黨總支。",
        "inspections": {("县委第五巡察组", "石牛镇党委"), ("县委第六巡察组", "清水镇党委"), ("县委第五巡察组", "石牛社区党委"),
                        ("县委第六巡察组", "清水村党总支")},
        "issued": "2023-09-20",
    },
    "a team alone on its line, its units indented beneath, one with the unit under it in brackets": {
        "text": "巡察对象和分组安排如下:\n集团公司党委第一巡察组\n　　中能电力有限公司党委\n集团公司党委第二巡察组\n"
                "　　中能煤业有限公司党委(延伸巡察所属平山煤矿党委)\n　　中能物资贸易有限公司党总支\n"
                "集团公司党委第三巡察组\n　　中能财务有限公司党支部",
        "inspections": {("集团公司党委第一巡察组", "中能电力有限公司党委"), ("集团公司党委第二巡察组", "中能煤业有限公司党委"),
                        ("集团公司党委第二巡察组", "平山煤矿党委"), ("集团公司党委第二巡察组", "中能物资贸易有限公司党总支"),
                        ("集团公司党委第三巡察组", "中能财务有限公司党支部")},
    },
    "并延伸巡察了A、B where B's name ends in no unit's word: the list is still the team's": {
        "text": "2023年9月11日至11月10日,盟委第二巡察组对察汗旗委进行了常规巡察,并延伸巡察了旗农牧局党组、旗乌兰牧骑。",
        "inspections": {("盟委第二巡察组", "察汗旗委"), ("盟委第二巡察组", "旗农牧局党组")},
    },
    # ---------------------------------------------------------------- entry news: the team and the unit over a clause or a sentence
    "负责对X开展巡察的Y组组长: the team a relative clause names after the inspection it is responsible for": {
        "text": "负责对县商务局党组开展巡察的县委第二巡察组组长张某某在动员会上讲话。",
        "inspections": {("县委第二巡察组", "县商务局党组")},
    },
    "the same with the mode, the team holding a meeting (Traditional)": {
        "text": "3月5日，負責對市財政局黨組進行常規巡察的市委第三巡察組召開進駐見面會。",
        "inspections": {("市委第三巡察组", "市财政局党组")},
        "modes": {"市财政局党组": "常规"},
    },
    "组长一行来到X。巡察组进驻该中心: the unit moved into is the one the team went to": {
        "text": "3月4日,县委第三巡察组组长王某某一行来到县供电服务中心。当日,巡察组进驻该中心,开展为期一个月的巡察。",
        "inspections": {("县委第三巡察组", "县供电服务中心")},
    },
    "X组赴A召开动员会。巡察组进驻该局 (Traditional)": {
        "text": "縣委第二巡察組一行來到縣林業局。巡察組進駐該局後，將開展為期一個月的巡察。",
        "inspections": {("县委第二巡察组", "县林业局")},
    },
    "negative: 进驻该局 with no unit gone to before it names none": {
        "text": "巡察组进驻该局,开展巡察。",
        "inspections": set(),
    },
    "a heading's 决策部署和集团党委工作要求 is no team's dispatcher: the team keeps the committee's name as written": {
        "text": "7月15日，集团党委第一巡察组向华东能源电力有限公司党委反馈了巡察情况。\n（一）贯彻落实党中央决策部署和集团党委"
                "工作要求方面\n1.落实国有企业改革深化提升行动不够有力。",
        "teams": {"集团党委第一巡察组"},
        "not_teams": {"党中央决策部署和集团党委第一巡察组"},
        "inspections": {("集团党委第一巡察组", "华东能源电力有限公司党委")},
    },
    "the same in a bank, Traditional": {
        "text": "總行黨委第二巡察組向西城支行黨委反饋巡察情況。\n（一）貫徹落實黨中央重大部署和總行黨委工作要求方面\n"
                "1.理論學習不夠深入。",
        "teams": {"总行党委第二巡察组"},
        "inspections": {("总行党委第二巡察组", "西城支行党委")},
    },
    # ---------------------------------------------------------------- a round's notice, a team a line (blind tables, 5 December)
    "X组（组长：某）：A、B；联系电话：… the notice's contact field after the units": {
        "text": "十一届区委第二轮巡察公告\n根据区委统一部署，区委第二轮巡察将于4月14日起进驻。现将有关事项公告如下：\n"
                "区委第一巡察组（组长：冯某某）：区委政法委员会、区人民法院党组；联系电话：0817-2616601。\n"
                "区委第二巡察组（组长：邱某某）：翠屏街道党工委（延伸巡察锦绣社区党委、桃园社区党委）；联系电话：0817-2616602。\n"
                "区委机动巡察组（组长：孔某某）：区国有资产投资经营集团有限公司党委；举报邮箱：jcxc2025@163.com\n",
        "inspections": {("区委第一巡察组", "区委政法委员会"), ("区委第一巡察组", "区人民法院党组"), ("区委第二巡察组", "翠屏街道党工委"),
                        ("区委第二巡察组", "锦绣社区党委"), ("区委第二巡察组", "桃园社区党委"),
                        ("区委机动巡察组", "区国有资产投资经营集团有限公司党委")},
    },
    "the same in Traditional, with no leader and the phone after a space": {
        "text": "縣委第三輪巡察公告\n現將有關事項公告如下：\n縣委第一巡察組：縣審計局黨組、縣統計局黨組 聯繫電話：0735-1234561\n"
                "縣委第二巡察組：縣城市建設投資開發集團有限公司黨委 聯繫電話：0735-1234562\n",
        "inspections": {("县委第一巡察组", "县审计局党组"), ("县委第一巡察组", "县统计局党组"),
                        ("县委第二巡察组", "县城市建设投资开发集团有限公司党委")},
    },
    "negative: a long line of names run together is no one unit": {
        "text": "现将有关事项公告如下：\n区委第一巡察组：区委政法委员会区人民法院党组区人民检察院党组\n",
        "not_targets": {"区委政法委员会区人民法院党组区人民检察院党组"},
    },
    "X组负责经济板块，巡察A、B、C；Y组负责政法板块，巡察D、E (板块轮动), the page cut in the last unit": {
        "text": "十届县委第一轮巡察动员部署会议召开\n会议明确，本轮巡察派出3个巡察组，按照“板块轮动”的方式开展常规巡察。其中，"
                "县委第一巡察组负责经济板块，巡察县发展和改革局党组、县财政局党组；县委第二巡察组负责政法板块，巡察县人民法院党组、"
                "县司法局党组；县委第三巡察组负责民生板块，巡察县民政局党组、县退役",
        "inspections": {("县委第一巡察组", "县发展和改革局党组"), ("县委第一巡察组", "县财政局党组"),
                        ("县委第二巡察组", "县人民法院党组"), ("县委第二巡察组", "县司法局党组"), ("县委第三巡察组", "县民政局党组")},
    },
    "the same in Traditional, 片区 for the sector": {
        "text": "會議明確，本輪巡察派出2個巡察組。其中，區委第一巡察組負責東部片區，巡察城東街道黨工委、城南街道黨工委；"
                "區委第二巡察組負責西部片區，巡察西山鎮黨委、柳河鎮黨委。",
        "inspections": {("区委第一巡察组", "城东街道党工委"), ("区委第一巡察组", "城南街道党工委"),
                        ("区委第二巡察组", "西山镇党委"), ("区委第二巡察组", "柳河镇党委")},
    },
    "被巡察单位按领域划分如下：⏎X领域：A、B；… the units by sector, no team; the page cut in the last unit": {
        "text": "十五届县委第五轮巡察启动\n根据工作安排，本轮巡察派出5个常规巡察组，对18个单位党组织开展常规巡察。被巡察单位按领域划分如下：\n"
                "政法领域：县人民法院党组、县司法局党组；\n教育卫生领域：县第一中学党委、县妇幼保健院党支部；\n乡镇街道：双河镇党委、枫木乡党委、龙潭",
        "inspections": {(None, "县人民法院党组"), (None, "县司法局党组"), (None, "县第一中学党委"), (None, "县妇幼保健院党支部"),
                        (None, "双河镇党委"), (None, "枫木乡党委")},
    },
    "the same in Traditional, 按類別分類如下": {
        "text": "市委第三輪巡察啟動\n本輪巡察對12個單位黨組織開展常規巡察。被巡察單位按類別分類如下：\n市直部門：市審計局黨組、市統計局黨組；\n"
                "國有企業：市城投集團黨委、市水務集團黨委。",
        "inspections": {(None, "市审计局党组"), (None, "市统计局党组"), (None, "市城投集团党委"), (None, "市水务集团党委")},
    },
    "X组⏎组长：某⏎进驻单位：A、B、C — the page cut inside the last team's last unit": {
        "text": "十四届旗委第三轮巡察进驻工作全面启动\n各巡察组进驻安排如下：\n旗委第一巡察组\n组长：阿某某\n进驻单位：旗农牧和科技局党组、"
                "旗林业和草原局党组\n旗委第三巡察组\n组长：其某某\n进驻单位：宝力格镇党委（延伸巡察哈日努拉嘎查党支部）、旗文化旅游体育局党组、旗融媒",
        "inspections": {("旗委第一巡察组", "旗农牧和科技局党组"), ("旗委第一巡察组", "旗林业和草原局党组"), ("旗委第三巡察组", "宝力格镇党委"),
                        ("旗委第三巡察组", "哈日努拉嘎查党支部"), ("旗委第三巡察组", "旗文化旅游体育局党组")},
    },
    # ---------------------------------------------------------------- organs and the units under them (blind tables, 5 December)
    "a national body whose name opens with 全 (全国妇联党组, 全国总工会党组)": {
        "text": "2021年10月至12月，中央第十一巡视组对全国妇联党组进行了常规巡视；中央第十二巡视组对全国总工会党组进行了常规巡视。",
        "inspections": {("中央第十一巡视组", "全国妇联党组"), ("中央第十二巡视组", "全国总工会党组")},
    },
    "全國婦聯黨組, in Traditional": {
        "text": "2021年10月至12月，中央第十一巡視組對全國婦聯黨組進行了常規巡視。",
        "inspections": {("中央第十一巡视组", "全国妇联党组")},
    },
    "并延伸巡察了A人民法庭、B人民法庭: a court's tribunals": {
        "text": "2022年3月21日至5月6日,区委第一巡察组对区人民法院党组开展了常规巡察,并延伸巡察了石桥人民法庭、龙湾人民法庭。",
        "inspections": {("区委第一巡察组", "区人民法院党组"), ("区委第一巡察组", "石桥人民法庭"), ("区委第一巡察组", "龙湾人民法庭")},
    },
    "对A党委开展常规巡察，同时对A下属B党委开展延伸巡察: both units (B's name opens with A's)": {
        "text": "9月7日，市委第一巡察组进驻市公安局，对市公安局党委开展常规巡察，同时对市公安局交通警察支队党委开展延伸巡察。",
        "inspections": {("市委第一巡察组", "市公安局党委"), ("市委第一巡察组", "市公安局交通警察支队党委")},
    },
    "the same in Traditional, a company and its branch": {
        "text": "集團黨委第二巡察組對華東物流有限公司黨委開展常規巡察，並對華東物流有限公司江北分公司黨支部開展延伸巡察。",
        "inspections": {("集团党委第二巡察组", "华东物流有限公司党委"), ("集团党委第二巡察组", "华东物流有限公司江北分公司党支部")},
    },
    "X组进驻A，第二巡察组进驻B，第三巡察组进驻后勤管理处直属党支部 (进驻后勤…: a unit, not 进驻后)": {
        "text": "其中，校党委第一巡察组进驻化学化工学院党委，第二巡察组进驻机械工程学院党委，第三巡察组进驻后勤管理处直属党支部。",
        "inspections": {("校党委第一巡察组", "化学化工学院党委"), ("校党委第二巡察组", "机械工程学院党委"),
                        ("校党委第三巡察组", "后勤管理处直属党支部")},
    },
    "negative: 进驻后 is after moving in": {
        "text": "校党委第一巡察组进驻化学化工学院党委。巡察组进驻后，召开了工作动员会。",
        "inspections": {("校党委第一巡察组", "化学化工学院党委")},
    },
    "negative: 重点检查该局党组对…整改落实情况 names the unit inspected before, no unit of its own": {
        "text": "8月23日，市委第三巡察组进驻市住房和城乡建设局，对市住建局党组开展巡察整改“回头看”。\n此次“回头看”为期20天，"
                "重点检查该局党组对上轮巡察反馈问题的整改落实情况、整改主体责任落实情况。",
        "not_targets": {"重点检查该局党组", "局党组"},
    },
    "a unit said to rectify what an inspection found (X党组狠抓巡视反馈问题整改), read from its name's start": {
        "text": "省委第二巡视组向省林业局党组反馈了巡视意见。此后，省林业局党组狠抓巡视反馈问题整改。",
        "inspections": {("省委第二巡视组", "省林业局党组")},
    },
    "被巡察单位:A⏎巡察组:X 值班电话:… cards that open with the unit, the team on the line after": {
        "text": "市委第四轮巡察联系方式公布\n被巡察单位:市财政局党组\n巡察组:市委第二巡察组　值班电话:0519-85682202\n被巡察单位:市税务局党委\n"
                "巡察组:市委第三巡察组　值班电话:0519-85682203\n被巡察单位:天宁区委\n巡察组:市委第一巡察组　值班电话:0519-85682201",
        "inspections": {("市委第二巡察组", "市财政局党组"), ("市委第三巡察组", "市税务局党委"), ("市委第一巡察组", "天宁区委")},
    },
    "the same cards opening with the team (巡察组:X⏎被巡察单位:A), in Traditional": {
        "text": "市委第四輪巡察聯繫方式公佈\n巡察組:市委第二巡察組　值班電話:0519-85682202\n被巡察單位:市財政局黨組\n"
                "巡察組:市委第三巡察組　值班電話:0519-85682203\n被巡察單位:市稅務局黨委\n巡察組:市委第一巡察組　值班電話:0519-85682201\n"
                "被巡察單位:天寧區委",
        "inspections": {("市委第二巡察组", "市财政局党组"), ("市委第三巡察组", "市税务局党委"), ("市委第一巡察组", "天宁区委")},
    },
    "negative: a contact line's address (邮政信箱：X市行政中心市委办公室) names no organisation": {
        "text": "中共云溪市委关于省委巡视整改进展情况的通报\n2023年3月28日至5月28日，省委第一巡视组对云溪市进行了常规巡视。7月20日，"
                "省委第一巡视组向云溪市委反馈了巡视意见。\n欢迎监督。联系电话：0799-6321000；邮政信箱：云溪市行政中心市委办公室。",
        "not_targets": {"云溪市行政中心市委"},
        "not_feedback_targets": {"云溪市行政中心市委"},
    },
    "the same in Traditional, 通訊地址": {
        "text": "中共云溪市委關於省委巡視整改進展情況的通報\n省委第一巡視組向云溪市委反饋了巡視意見。\n通訊地址：云溪市行政中心市委辦公室。",
        "feedback": {("省委第一巡视组", "中共云溪市委", None)},
    },
    "X县委第一、第二巡察组将分别对县内A乡党委、B乡党委开展联动巡察 (县内: where the units are)": {
        "text": "州委巡察组进驻期间，洛河县委第一、第二巡察组将分别对县内尼玛乡党委、加木乡党委开展联动巡察。",
        "inspections": {("洛河县委第一巡察组", "尼玛乡党委"), ("洛河县委第二巡察组", "加木乡党委")},
    },
    "the same in Traditional, 區內": {
        "text": "區委第一、第二巡察組將分別對區內東湖街道黨工委、西山鎮黨委開展巡察。",
        "inspections": {("区委第一巡察组", "东湖街道党工委"), ("区委第二巡察组", "西山镇党委")},
    },
    "进驻X镇，对A村党总支、B村党支部…开展巡察: the township the team works from; its villages are inspected": {
        "text": "4月15日，县委第二巡察组进驻桃源镇，对桃源村党总支、李家村党支部、王庄村党支部等3个村党组织开展巡察。",
        "inspections": {("县委第二巡察组", "桃源村党总支"), ("县委第二巡察组", "李家村党支部"), ("县委第二巡察组", "王庄村党支部")},
    },
    "the same in Traditional, 社區": {
        "text": "4月16日，縣委第四巡察組進駐雙河鎮，對雙河社區黨委、上河村黨支部開展巡察。",
        "inspections": {("县委第四巡察组", "双河社区党委"), ("县委第四巡察组", "上河村党支部")},
    },
    "negative: 进驻X镇，对X镇党委开展巡察 inspects the township's committee": {
        "text": "4月15日，县委第二巡察组进驻桃源镇，对桃源镇党委开展巡察。",
        "inspections": {("县委第二巡察组", "桃源镇党委")},
    },
    "negative: 被巡视单位党委要…抓好整改 (the inspected units as a kind) names no unit": {
        "text": "3月18日,集团党委5个巡视组陆续向被巡视单位党委反馈巡视意见。反馈会上,巡视第二组组长陶某某要求,被巡视单位党委要以"
                "“钉钉子”精神抓好整改。",
        "not_targets": {"单位党委", "被巡视单位党委", "党委"},
    },
    # ---------------------------------------------------------------- seventh batch of blind tables (5 December)
    "X交叉巡察组（由…抽调人员组成）进驻Y县，巡察A、B: the county gone to, the units inspected there": {
        "text": "本轮交叉巡察组成6个市委交叉巡察组。各交叉巡察组分工如下：\n市委第一交叉巡察组（由桐川县抽调人员组成）进驻安平县，巡察城关镇党委、"
                "黄岭乡党委；\n市委第二交叉巡察组（由安平县抽调人员组成）进驻清水县，巡察龙王镇党委、白杨乡党委；",
        "inspections": {("市委第一交叉巡察组", "城关镇党委"), ("市委第一交叉巡察组", "黄岭乡党委"), ("市委第二交叉巡察组", "龙王镇党委"),
                        ("市委第二交叉巡察组", "白杨乡党委")},
        "not_teams": {"个市委交叉巡察组", "个市委第一交叉巡察组"},
    },
    "听取了X组关于巡察A、B情况的汇报，Y组关于巡察C情况的汇报 (Traditional)": {
        "text": "會議先後聽取了市委第一巡察組關於巡察市司法局黨組、市信訪局黨組情況的彙報，市委第二巡察組關於巡察市機關事務管理局黨組情況的彙報。",
        "inspections": {("市委第一巡察组", "市司法局党组"), ("市委第一巡察组", "市信访局党组"), ("市委第二巡察组", "市机关事务管理局党组")},
    },
    "市委N个巡察组分别向A（市委第一巡察组）、B（市委第二巡察组）反馈: each unit by the team in its bracket": {
        "text": "会上，市委3个巡察组分别向市水务局党组（市委第一巡察组）、市城市管理局党组（市委第二巡察组）、市林业局党组（市委第三巡察组）"
                "反馈了巡察情况。",
        "inspections": {("市委第一巡察组", "市水务局党组"), ("市委第二巡察组", "市城市管理局党组"), ("市委第三巡察组", "市林业局党组")},
        "feedback": {("市委第一巡察组", "市水务局党组", None), ("市委第二巡察组", "市城市管理局党组", None), ("市委第三巡察组", "市林业局党组", None)},
    },
    "本轮巡察对A（第一组）、B（第四组）开展了常规巡察": {
        "text": "本轮巡察对市水务局党组（市委第一巡察组）、市林业局党组（市委第四巡察组）开展了常规巡察。",
        "inspections": {("市委第一巡察组", "市水务局党组"), ("市委第四巡察组", "市林业局党组")},
    },
    "对以下地方和单位党组织开展常规巡视：⏎地方（8个）：A、B；⏎中管企业（10家）：C、D、E有 (the count in brackets; a company cut in its legal form)": {
        "text": "本轮巡视对以下地方和单位党组织开展常规巡视：\n地方（2个）：东陵省、南屏省；\n中管企业（3家）：中国天工装备集团有限公司、"
                "中国联航物流集团有限公司、中国长江航运集团有",
        "inspections": {(None, "东陵省"), (None, "南屏省"), (None, "中国天工装备集团有限公司"), (None, "中国联航物流集团有限公司")},
    },
    "（一）X组巡视单位⏎1.A　巡视整改进展情况通报　date: a section a team, its units numbered with what follows them": {
        "text": "点击下列单位名称可查看各单位巡视整改进展情况通报全文：\n（一）省委第一巡视组巡视单位\n1.北辰市委　　巡视整改进展情况通报　　2024-06-20\n"
                "2.雪原县委　　巡视整改进展情况通报　　2024-06-21\n（二）省委第二巡视组巡视单位\n1.松岭市委　　巡视整改进展情况通报　　2024-06-21\n",
        "inspections": {("省委第一巡视组", "北辰市委"), ("省委第一巡视组", "雪原县委"), ("省委第二巡视组", "松岭市委")},
    },
    "negative: a list cut inside its last unit's 联合会 (省文学艺术界联) leaves it out, in Traditional": {
        "text": "省委第六輪巡視完成進駐\n省委第三巡視組:巡視省總工會黨組、共青團省委;\n省委第四巡視組:巡視省婦女聯合會黨組、省文學藝術界聯",
        "inspections": {("省委第三巡视组", "省总工会党组"), ("省委第三巡视组", "共青团省委"), ("省委第四巡视组", "省妇女联合会党组")},
    },
    "对A党组开展常规巡视，同时对A监管的B党委开展延伸巡视 (B after the words that place it under A)": {
        "text": "省委第五巡视组对省国资委党组开展常规巡视，同时对省国资委监管的岳川交通投资集团有限公司党委开展延伸巡视。",
        "inspections": {("省委第五巡视组", "省国资委党组"), ("省委第五巡视组", "岳川交通投资集团有限公司党委")},
    },
    "X组——A、B (a dash for the colon), the page cut in the last line's unit": {
        "text": "本轮巡视派出3个巡视组。具体安排如下：\n集团党组第一巡视组——华屹煤业有限公司党委\n集团党组第二巡视组——华屹电力股份有限公司党委、"
                "华屹燃料物流有限公司党委\n集团党组第三巡视组——华屹科技研究院有限公司党委、华屹财务有",
        "inspections": {("集团党组第一巡视组", "华屹煤业有限公司党委"), ("集团党组第二巡视组", "华屹电力股份有限公司党委"),
                        ("集团党组第二巡视组", "华屹燃料物流有限公司党委"), ("集团党组第三巡视组", "华屹科技研究院有限公司党委")},
    },
    "向A分行党委反馈…，同时向A分行所辖B分行党委反馈延伸巡视情况: two branches": {
        "text": "3月27日，总行党委第一巡视组向云岭分行党委反馈巡视情况，同时向云岭分行所辖昆川分行党委反馈延伸巡视情况。",
        "feedback": {("总行党委第一巡视组", "云岭分行党委", "2024-03-27"), ("总行党委第一巡视组", "昆川分行党委", "2024-03-27")},
        "issued": "2024-04-02",
    },
    "第三批于9月11日至10月20日进行，各组依次进驻：第一巡察组——A；第二巡察组——B (the paragraph's own period, not the batch before's)": {
        "text": "第二批巡察于5月8日至6月9日进行：第一巡察组负责化学化工学院党委；第二巡察组负责软件学院党委。\n第三批巡察于9月11日至10月20日进行，"
                "各组依次进驻：第一巡察组——数学与统计学院党委、物理学院党委；第二巡察组——国际教育学院党总支。",
        "dates": {"数学与统计学院党委": ("2023-09-11", "2023-10-20"), "国际教育学院党总支": ("2023-09-11", "2023-10-20"),
                  "软件学院党委": ("2023-05-08", "2023-06-09")},
        "issued": "2024-01-12",
    },
    "X组⏎组长⏎某某⏎被巡察党组织⏎A⏎B⏎值班电话⏎… (a card copied one cell a line), the page cut in the last unit": {
        "text": "现将各巡察组进驻信息公告如下：\n县委第一巡察组\n组长\n黄某某\n被巡察党组织\n县农业农村局党组\n县乡村振兴局党组\n值班电话\n"
                "0774-5821561\n县委第二巡察组\n组长\n覃某某\n被巡察党组织\n县民政局党组\n县残疾人",
        "inspections": {("县委第一巡察组", "县农业农村局党组"), ("县委第一巡察组", "县乡村振兴局党组"), ("县委第二巡察组", "县民政局党组")},
    },
    "▶X组 | 组长:某 | 进驻:A(3月15日)、B | 延伸:C | 电话:… (a card on one line, in Traditional)": {
        "text": "現將各組進駐信息公告如下:\n▶區委第一巡察組 | 組長:王某 | 進駐:區發展和改革局黨組(3月15日)、區統計局黨組(3月16日) | 電話:0851-87651201\n"
                "▶區委第二巡察組 | 組長:羅某某 | 進駐:區教育局黨組(3月15日) | 延伸:區第三中學黨總支 | 電話:0851-87651202",
        "inspections": {("区委第一巡察组", "区发展和改革局党组"), ("区委第一巡察组", "区统计局党组"), ("区委第二巡察组", "区教育局党组"),
                        ("区委第二巡察组", "区第三中学党总支")},
    },
    "…对N个地方和单位党组织开展了常规巡视。具体为：⏎市县：A、B；⏎省直单位：C、D (a sentence that only opens the kinds' lines)": {
        "text": "2023年9月至11月，十二届省委第三轮巡视对5个地方和单位党组织开展了常规巡视。具体为：\n市县：清溪市、安宁县；\n"
                "省直单位：省财政厅、省体育局；\n高校：省医科大学。",
        "inspections": {(None, "清溪市"), (None, "安宁县"), (None, "省财政厅"), (None, "省体育局"), (None, "省医科大学")},
    },
    "…對4個單位黨組織開展了巡察。分別是：A、B、C、D (in Traditional, the units on the sentence's line)": {
        "text": "2023年4月至6月，縣委第五輪巡察對4個單位黨組織開展了常規巡察。分別是：縣民政局黨組、縣水利局黨組、縣林業局黨組、縣審計局黨組。",
        "inspections": {(None, "县民政局党组"), (None, "县水利局党组"), (None, "县林业局党组"), (None, "县审计局党组")},
    },
    "negative: 具体为：⏎一是…；二是… after a sentence that counts no inspected units: no units": {
        "text": "本轮巡察发现问题86个。具体为：\n党建方面：组织生活不规范、发展党员把关不严；\n业务方面：项目推进缓慢。",
        "inspections": set(),
    },
    "会议分别听取了省委第一至第四巡视组关于对A、B、C、D巡视情况的汇报 (分别 before the meeting's verb: in order)": {
        "text": "会议分别听取了省委第一至第三巡视组关于对丰阳市、省教育厅党组、省商务厅党组巡视情况的汇报。",
        "inspections": {("省委第一巡视组", "丰阳市"), ("省委第二巡视组", "省教育厅党组"), ("省委第三巡视组", "省商务厅党组")},
    },
    "會議分別聽取了市委第一、第二巡察組關於對A、B巡察情況的匯報 (in Traditional, two teams listed)": {
        "text": "會議分別聽取了市委第一、第二巡察組關於對市司法局黨組、市水務局黨組巡察情況的匯報。",
        "inspections": {("市委第一巡察组", "市司法局党组"), ("市委第二巡察组", "市水务局党组")},
    },
    "negative: 听取了第一至第三巡视组关于对A、B、C巡视情况的汇报 (no 分别): which team had which is not said, the group's": {
        "text": "会议听取了省委第一至第三巡视组关于对丰阳市、省教育厅党组、省商务厅党组巡视情况的汇报。",
        "inspections": {("省委巡视组", "丰阳市"), ("省委巡视组", "省教育厅党组"), ("省委巡视组", "省商务厅党组")},
    },
    "X组汇报了对A及延伸巡察B的情况 (the inspection said within the units)": {
        "text": "会上，县委第二巡察组汇报了对县交通运输局党组及延伸巡察县公路事业发展中心党支部的情况。",
        "inspections": {("县委第二巡察组", "县交通运输局党组"), ("县委第二巡察组", "县公路事业发展中心党支部")},
    },
    "X組匯報了對A並延伸巡察B的巡察情況 (in Traditional, 并 before 延伸)": {
        "text": "會上，區委第一巡察組匯報了對區衛生健康局黨組並延伸巡察區婦幼保健院黨支部的巡察情況。",
        "inspections": {("区委第一巡察组", "区卫生健康局党组"), ("区委第一巡察组", "区妇幼保健院党支部")},
    },
    "negative: 汇报了对A的情况 with no inspection said nor extended to: no inspection": {
        "text": "会上，县委第二巡察组汇报了对县交通运输局党组的情况。",
        "inspections": set(),
    },
    "X组对A市检察院开展了巡视，延伸巡视了A市B区检察院 (A's unit is not the short name of B's)": {
        "text": "院党组第二巡视组对青原市人民检察院党组开展了巡视，延伸巡视了青原市城东区人民检察院党组。",
        "inspections": {("院党组第二巡视组", "青原市人民检察院党组"), ("院党组第二巡视组", "青原市城东区人民检察院党组")},
    },
    "negative: 按程序移交县纪委监委 once is no place of the page's (县委第一巡察组 stays the county's, unnamed)": {
        "text": "会上，县委第一巡察组汇报了对县自然资源局党组的巡察情况。会议强调，对巡察发现的问题线索，要按程序移交县纪委监委办理。",
        "inspections": {("县委第一巡察组", "县自然资源局党组")},
    },
    "X组（以下简称“一组”）巡视A、B；Y组（以下简称“二组”）巡视C (the short name it defines between team and verb)": {
        "text": "本轮巡视中，省委第一巡视组（以下简称“一组”）巡视东岭省司法厅党组、东岭省监狱管理局党委；省委第二巡视组（以下简称“二组”）"
                "巡视东岭省信访局党组。",
        "inspections": {("省委第一巡视组", "东岭省司法厅党组"), ("省委第一巡视组", "东岭省监狱管理局党委"), ("省委第二巡视组", "东岭省信访局党组")},
    },
    "X組（下稱三組）巡視A (in Traditional, the short name without quotes)": {
        "text": "本輪巡視中，省委第三巡視組（下稱三組）巡視東嶺省體育局黨組。",
        "inspections": {("省委第三巡视组", "东岭省体育局党组")},
    },
    "对下列地区和单位开展了常规巡视。…反馈了巡视意见。⏎设区市（2个）：A、B⏎县（市、区）（2个）：C、D (the kinds' lines after the paragraph)": {
        "text": "2019年10月至12月，省委巡视组对下列地区和单位开展了常规巡视。2020年1月，省委各巡视组向被巡视党组织反馈了巡视意见。\n"
                "设区市（2个）：安川市委、青岭市委\n县（市、区）（2个）：石潭县委、桐溪区委\n省直单位（1个）：省审计厅党组\n",
        "inspections": {("省委巡视组", "安川市委"), ("省委巡视组", "青岭市委"), ("省委巡视组", "石潭县委"), ("省委巡视组", "桐溪区委"),
                        ("省委巡视组", "省审计厅党组")},
    },
    "negative: 对下列单位开展了巡察。 with no kinds' lines after it: no units": {
        "text": "2023年4月，县委巡察组对下列单位开展了巡察。巡察期间共受理信访举报46件。\n下一步，县委巡察办将持续督促整改。",
        "inspections": set(),
    },
    "省委第一巡视组至第三巡视组分别对A、B、C开展了常规巡视 (a range whose first team is written in full)": {
        "text": "今年3月至5月，省委第一巡视组至第三巡视组分别对省交通运输厅党组、省水利厅党组、省农业农村厅党组开展了常规巡视。",
        "inspections": {("省委第一巡视组", "省交通运输厅党组"), ("省委第二巡视组", "省水利厅党组"), ("省委第三巡视组", "省农业农村厅党组")},
    },
    "市委第一巡察組到第二巡察組分別進駐A、B (in Traditional, 到)": {
        "text": "3月5日，市委第一巡察組到第二巡察組分別進駐市審計局黨組、市統計局黨組。",
        "inspections": {("市委第一巡察组", "市审计局党组"), ("市委第二巡察组", "市统计局党组")},
    },
    "X组对A盟开展常规巡视，同时对A盟能源集团党委开展延伸巡视 (a league, and a company under it named with its place)": {
        "text": "自治区党委第二巡视组对巴音塔拉盟开展常规巡视，同时对巴音塔拉盟能源开发投资集团有限公司党委开展延伸巡视。",
        "inspections": {("自治区党委第二巡视组", "巴音塔拉盟"), ("自治区党委第二巡视组", "巴音塔拉盟能源开发投资集团有限公司党委")},
    },
    "X組對A局黨組開展常規巡視，同時對局直屬的B集團黨委開展延伸巡視 (in Traditional: the unit under the body said before)": {
        "text": "中央第十一巡視組將對國家海事安全局黨組開展常規巡視，同時對局直屬的中國海事救助打撈集團有限公司黨委開展延伸巡視。",
        "inspections": {("中央第十一巡视组", "国家海事安全局党组"), ("中央第十一巡视组", "中国海事救助打捞集团有限公司党委")},
    },
    "negative: 产业联盟 is no league: 对A开展巡察，对产业联盟… names no second unit": {
        "text": "县委第一巡察组对县工业和信息化局党组开展常规巡察，并走访了本地新能源产业联盟。",
        "inspections": {("县委第一巡察组", "县工业和信息化局党组")},
    },
    "X组|…|A党委、B党支部（延伸巡察）|4月10日 (a cell's note on the units the inspection was extended to)": {
        "text": "组别|组长|被巡察党组织|进驻时间\n县委第二巡察组|吴某|县城关镇党委|4月8日\n"
                "县委第二巡察组|吴某|东门社区党委、石岭村党支部（延伸巡察）|4月10日\n",
        "inspections": {("县委第二巡察组", "县城关镇党委"), ("县委第二巡察组", "东门社区党委"), ("县委第二巡察组", "石岭村党支部")},
    },
    "a numbered list of units the page's cut stops inside its last name (…⏎3.市科學技術協, in Traditional)": {
        "text": "本輪巡察對以下單位黨組織開展常規巡察：\n1.市民政局黨組\n2.市司法局黨組\n3.市科學技術協",
        "inspections": {(None, "市民政局党组"), (None, "市司法局党组")},
    },
    "negative: 对照省委巡视反馈意见逐条制定整改措施 names no unit fed back to": {
        "text": "各被巡视党组织对照省委巡视反馈意见，逐条制定整改措施，明确责任领导。",
        "inspections": set(),
        "feedback": set(),
    },
    "对A镇所辖的N个村党组织开展了巡察…向A镇所辖村党组织反馈 … each village's day (the villages are the count's units)": {
        "text": "县委第三巡察组向三岔镇所辖村党组织反馈巡察情况\n县委第三巡察组于2023年10月至12月对三岔镇党委所辖的3个村党组织开展了村级巡察。"
                "\n1月8日上午，巡察组向上坪村党支部反馈，下午向下坪村党支部反馈；1月9日向石龙村党总支反馈。",
        "inspections": {("县委第三巡察组", "上坪村党支部"), ("县委第三巡察组", "下坪村党支部"), ("县委第三巡察组", "石龙村党总支")},
        "feedback": {("县委第三巡察组", "上坪村党支部", "2024-01-08"), ("县委第三巡察组", "下坪村党支部", "2024-01-08"),
                     ("县委第三巡察组", "石龙村党总支", "2024-01-09")},
        "issued": "2024-01-12",
    },
    "一、X组⏎反馈时间：4月17日⏎反馈对象：A、B⏎主要问题：… (a card of feedback under each team's line)": {
        "text": "现将反馈情况公布如下：\n一、县委第一巡察组\n反馈时间：4月17日\n反馈对象：县人力资源和社会保障局党组、县就业服务中心党支部\n"
                "主要问题：一是落实就业优先政策不够有力；二是党建工作与业务工作融合不深。\n二、县委第二巡察组\n反馈时间：4月18日\n"
                "反馈对象：县卫生健康局党组\n主要问题：一是公共卫生服务体系建设存在短板；二是医疗机构监管不到位。",
        "inspections": {("县委第一巡察组", "县人力资源和社会保障局党组"), ("县委第一巡察组", "县就业服务中心党支部"),
                        ("县委第二巡察组", "县卫生健康局党组")},
        "feedback": {("县委第一巡察组", "县人力资源和社会保障局党组", "2023-04-17"), ("县委第一巡察组", "县就业服务中心党支部", "2023-04-17"),
                     ("县委第二巡察组", "县卫生健康局党组", "2023-04-18")},
        "issued": "2023-04-21",
    },
    "三、X組⏎反饋時間：4月19日、20日⏎反饋對象：A（4月19日）、B（4月20日） (each unit's day in brackets, Traditional)": {
        "text": "現將反饋情況公佈如下：\n三、縣委第三巡察組\n反饋時間：4月19日、20日\n反饋對象：金竹鎮黨委（4月19日）、雲霧鄉黨委（4月20日）\n"
                "主要問題：一是鄉村振興項目推進緩慢；二是村級集體經濟薄弱。",
        "inspections": {("县委第三巡察组", "金竹镇党委"), ("县委第三巡察组", "云雾乡党委")},
        "feedback": {("县委第三巡察组", "金竹镇党委", "2023-04-19"), ("县委第三巡察组", "云雾乡党委", "2023-04-20")},
        "issued": "2023-04-21",
    },
    "听取了X组关于对A、Y组关于对B开展常规巡察情况的汇报 (each team's pair with 关于)": {
        "text": "会议听取了区委第一巡察组关于对区财政局党组、区委第二巡察组关于对区交通运输局党组开展常规巡察情况的汇报。",
        "inspections": {("区委第一巡察组", "区财政局党组"), ("区委第二巡察组", "区交通运输局党组")},
    },
    "听取了X组关于巡察A、Y组关于巡察B情况的汇报 (each team's pair with 关于巡察)": {
        "text": "會議聽取了市委第一巡察組關於巡察市財政局黨組、市委第二巡察組關於巡察市審計局黨組、市委第三巡察組關於巡察市統計局黨組情況的彙報。",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第二巡察组", "市审计局党组"), ("市委第三巡察组", "市统计局党组")},
    },
    "X组：A、B（巡察整改“回头看”）；: a team's line whose last unit is inspected for its rectification": {
        "text": "具体分工如下：\n市委第二巡察组：市自然资源和规划局党组、市城市管理局党组（巡察整改“回头看”）；\n市委第三巡察组：市公安局党委、市司法局党组；",
        "inspections": {("市委第二巡察组", "市自然资源和规划局党组"), ("市委第二巡察组", "市城市管理局党组"), ("市委第三巡察组", "市公安局党委"),
                        ("市委第三巡察组", "市司法局党组")},
    },
    "the same in Traditional, with 「」": {
        "text": "具體分工如下：\n市委第二巡察組：市城市管理局黨組（巡察整改「回頭看」）；\n市委第三巡察組：市公安局黨委、市司法局黨組；",
        "inspections": {("市委第二巡察组", "市城市管理局党组"), ("市委第三巡察组", "市公安局党委"), ("市委第三巡察组", "市司法局党组")},
    },
    "negative: a unit's cell wrapped onto a line of its own (…集装箱码头⏎有限公司) is no unit of the row's team": {
        "text": "序号 被巡察单位 巡察组 反馈时间\n4 集团财务共享中心 第二巡察组 2024.6.17\n5 岚江港航集装箱码头 第三巡察组 2024.6.18\n有限公司\n合计 96 81\n",
        "inspections": {("第二巡察组", "集团财务共享中心")},
    },
    "巡视组 | 被巡视单位 | 进驻时间 whose team cells hold the leader in brackets (省委第一巡视组（组长：张三）)": {
        "text": "巡视组\t被巡视单位\t进驻时间\n省委第一巡视组（组长：张三）\t省财政厅党组\t9月4日\n省委第二巡视组（组长：李四）\t省审计厅党组\t9月5日\n",
        "inspections": {("省委第一巡视组", "省财政厅党组"), ("省委第二巡视组", "省审计厅党组")},
        "issued": "2024-09-08",
    },
    "the same in Traditional, bars and the leader written 組長張三": {
        "text": "巡視組|被巡視單位|進駐時間\n省委第一巡視組（組長張三）|省財政廳黨組|9月4日\n省委第二巡視組（組長李四）|省審計廳黨組|9月5日\n",
        "inspections": {("省委第一巡视组", "省财政厅党组"), ("省委第二巡视组", "省审计厅党组")},
        "issued": "2024-09-08",
    },
    "组别 | 组长 | 被巡察单位（部门） | 进驻时间: a units column with what it holds in brackets": {
        "text": "组别\t组长\t被巡察单位（部门）\t进驻时间\n县委第一巡察组\t张三\t县财政局党组\t9月4日\n县委第二巡察组\t李四\t县审计局党组\t9月5日\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县审计局党组")},
        "issued": "2024-09-08",
    },
    "the same in Traditional, 巡察對象（單位）": {
        "text": "組別\t組長\t巡察對象（單位）\t進駐時間\n縣委第一巡察組\t張三\t縣財政局黨組\t9月4日\n",
        "inspections": {("县委第一巡察组", "县财政局党组")},
        "issued": "2024-09-08",
    },
    # ---------------------------------------------------------------- tables and lists as text extractors flatten them
    "a table whose cells ran together with no separator (组别被巡察党组织巡察时间值班电话邮政信箱), its last row cut in its phone": {
        "text": "市委巡察工作领导小组关于十三届市委第五轮巡察进驻情况的公告\n组别被巡察党组织巡察时间值班电话邮政信箱\n"
                "市委第一巡察组市发展和改革委员会党组4月8日—5月31日0739-5231101清源市A001号信箱\n"
                "市委第二巡察组市教育局党组、市体育运动学校党委4月8日—5月31日0739-5231102清源市A002号信箱\n"
                "市委第三巡察组市城市管理综合执法局党组4月10日—6月5日0739-52311",
        "inspections": {("市委第一巡察组", "市发展和改革委员会党组"), ("市委第二巡察组", "市教育局党组"),
                        ("市委第二巡察组", "市体育运动学校党委"), ("市委第三巡察组", "市城市管理综合执法局党组")},
        "dates": {"市教育局党组": ("2024-04-08", "2024-05-31"), "市城市管理综合执法局党组": ("2024-04-10", "2024-06-05")},
        "issued": "2024-04-12",
    },
    "the same in Traditional, days with their year and 至 (組別被巡察黨組織巡察時間)": {
        "text": "組別被巡察黨組織巡察時間\n縣委第一巡察組縣財政局黨組2024年4月8日至5月31日\n縣委第二巡察組縣審計局黨組、縣統計局黨組2024年4月9日至6月1日\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县审计局党组"), ("县委第二巡察组", "县统计局党组")},
        "dates": {"县统计局党组": ("2024-04-09", "2024-06-01")},
    },
    "a feedback table run together, numbered (序号巡察组被巡察单位反馈时间 / 1县委第一巡察组A2024年6月12日)": {
        "text": "县委第三轮巡察反馈情况\n序号巡察组被巡察单位反馈时间\n1县委第一巡察组县水利局党组2024年6月12日\n"
                "2县委第一巡察组县林业局党组2024年6月13日\n3县委第二巡察组城关镇党委2024年6月13日",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
        "feedback": {("县委第一巡察组", "县水利局党组", "2024-06-12"), ("县委第一巡察组", "县林业局党组", "2024-06-13"),
                     ("县委第二巡察组", "城关镇党委", "2024-06-13")},
        "issued": "2024-06-20",
    },
    "rows run together whose team's cell was merged with the row above's (县林业局党组4月9日 under the first team's row)": {
        "text": "县委第六轮巡察进驻安排\n组别被巡察单位进驻时间\n县委第一巡察组县水利局党组4月8日\n县林业局党组4月9日\n"
                "县委第二巡察组城关镇党委4月8日\n新华乡党委4月10日\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委"),
                        ("县委第二巡察组", "新华乡党委")},
        "dates": {"新华乡党委": ("2024-04-10", None)},
        "issued": "2024-04-12",
    },
    "the same in Traditional, dotted days (縣委第一巡察組縣水利局黨組2024.04.08)": {
        "text": "組別被巡察單位進駐時間\n縣委第一巡察組縣水利局黨組2024.04.08\n縣林業局黨組2024.04.09\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组")},
        "dates": {"县林业局党组": ("2024-04-09", None)},
    },
    "negative: a header run together with a leader's column (组别组长被巡察单位) is not read: no name bounds a unit": {
        "text": "组别组长被巡察单位进驻时间\n县委第一巡察组王明县水利局党组4月8日\n县委第二巡察组李华城关镇党委4月9日\n",
        "not_targets": {"王明县水利局党组", "李华城关镇党委"},
    },
    "negative: prose after a run-together table is no row of it": {
        "text": "组别被巡察单位进驻时间\n县委第一巡察组县水利局党组4月8日\n巡察期间各巡察组设立意见箱4个\n",
        "inspections": {("县委第一巡察组", "县水利局党组")},
    },
    "a team alone on its line over a line of its units parted by spaces (县水利局 县林业局 县农业农村局)": {
        "text": "十二届县委第三轮巡察安排\n县委第一巡察组\n县水利局 县林业局 县农业农村局\n县委第二巡察组\n县交通运输局 县住建局\n",
        "inspections": {("县委第一巡察组", "县水利局"), ("县委第一巡察组", "县林业局"), ("县委第一巡察组", "县农业农村局"),
                        ("县委第二巡察组", "县交通运输局"), ("县委第二巡察组", "县住建局")},
    },
    "the same in Traditional, full-width spaces and bare teams": {
        "text": "十二屆縣委第三輪巡察安排\n第一巡察組\n縣水利局黨組　縣林業局黨組\n第二巡察組\n縣交通運輸局黨組　縣住建局黨組\n",
        "inspections": {("第一巡察组", "县水利局党组"), ("第一巡察组", "县林业局党组"), ("第二巡察组", "县交通运输局党组"),
                        ("第二巡察组", "县住建局党组")},
    },
    "negative: a team alone over a line of its leaders parted by spaces (组长 王明 副组长 李华) inspects nothing": {
        "text": "县委第三轮巡察\n县委第一巡察组\n组长 王明 副组长 李华\n县委第二巡察组\n组长 赵刚 副组长 孙丽\n",
        "no_inspections": True,
    },
    "被巡视的省直单位分别是：A、B。开展巡视“回头看”的是：C、D。 (the units a round's counts stand for, by kind)": {
        "text": "根据省委统一部署，本轮巡视将对3个省直单位党组织开展常规巡视，对2个市开展巡视“回头看”。被巡视的省直单位分别是："
                "省发展和改革委员会党组、省教育厅党组、省民政厅党组。开展巡视“回头看”的是：安澜市、云岭市。",
        "inspections": {(None, "省发展和改革委员会党组"), (None, "省教育厅党组"), (None, "省民政厅党组"), (None, "安澜市"), (None, "云岭市")},
    },
    "the same in Traditional, 被巡察的市直單位分別為：": {
        "text": "本輪巡察將對2個市直單位黨組開展常規巡察。被巡察的市直單位分別為：市財政局黨組、市審計局黨組。",
        "inspections": {(None, "市财政局党组"), (None, "市审计局党组")},
    },
    "N个村（社区）分别是：⏎A　B　C: the units a count stands for on the next line, parted by spaces": {
        "text": "8月19日，县委第五巡察组进驻城关镇，对城关镇4个村（社区）党组织开展巡察。4个村（社区）分别是：\n"
                "东门社区　西门社区　柳河村　枣园村\n本轮村（社区）巡察重点围绕党的领导和党的建设开展监督。",
        "inspections": {("县委第五巡察组", t) for t in ("东门社区", "西门社区", "柳河村", "枣园村")},
        "issued": "2024-08-20",
    },
    "a diary's day of the inspection (X组进驻A的第十六天; 今天是X组进驻B的第十二天)": {
        "text": "巡察日记\n这是县委第三巡察组进驻柳坪镇党委的第十六天。\n今天是县委第四巡察组进驻县第二人民医院党委的第十二天。",
        "inspections": {("县委第三巡察组", "柳坪镇党委"), ("县委第四巡察组", "县第二人民医院党委")},
    },
    "the same in Traditional, 進駐A已經第二十三天了": {
        "text": "巡察日記\n市委第二巡察組進駐市住房公積金管理中心黨組已經第二十三天了。",
        "inspections": {("市委第二巡察组", "市住房公积金管理中心党组")},
    },
    "…反馈。其中，第1巡察组：A、B；第2巡察组：C (the teams' units after 其中, in the sentence after the round's)": {
        "text": "3月20日，十六届县委第三轮巡察2个巡察组向4个被巡察党组织集中反馈巡察情况。其中，第1巡察组：县委统战部、县总工会党组；"
                "第2巡察组：县农业农村局党组、县水利局党组。",
        "inspections": {("第1巡察组", "县委统战部"), ("第1巡察组", "县总工会党组"), ("第2巡察组", "县农业农村局党组"),
                        ("第2巡察组", "县水利局党组")},
        "dates": {"县委统战部": (None, None)},  # (3月20日 is the day of the feedback, not of the inspections)
        "issued": "2025-03-21",
    },
    "the same in Traditional, 其中， after a sentence on the round's entry": {
        "text": "2024年3月，縣委第三輪巡察進駐。其中，第一巡察組：縣委統戰部、縣總工會黨組；第二巡察組：縣水利局黨組。",
        "inspections": {("第一巡察组", "县委统战部"), ("第一巡察组", "县总工会党组"), ("第二巡察组", "县水利局党组")},
    },
    "teams alone on their lines over lines of units parted by spaces, the last team over one unit (no lead)": {
        "text": "本轮巡察共派出3个巡察组，对集团所属5家单位党组织开展常规巡察。\n集团党委第一巡察组\n江岭高速公路运营管理有限公司党委　江岭交投物流有限公司党委\n"
                "集团党委第二巡察组\n江岭路桥养护有限公司党支部　江岭交投建设工程有限公司党委\n集团党委第三巡察组\n江岭交投能源发展有限公司党委\n"
                "吴承志强调，要坚守政治巡察定位。",
        "inspections": {("集团党委第一巡察组", "江岭高速公路运营管理有限公司党委"), ("集团党委第一巡察组", "江岭交投物流有限公司党委"),
                        ("集团党委第二巡察组", "江岭路桥养护有限公司党支部"), ("集团党委第二巡察组", "江岭交投建设工程有限公司党委"),
                        ("集团党委第三巡察组", "江岭交投能源发展有限公司党委")},
    },
    "a table whose header names a team a column (X组 Y组 Z组), each row a unit under each team": {
        "text": "十届省委第三轮巡视整改进展情况公开\n省委第一巡视组\t省委第二巡视组\t省委第三巡视组\n安川市委\t清河市委\t省水利厅党组\n"
                "安川市人民政府党组\t清河市人民政府党组\t省商务厅党组\n",
        "inspections": {("省委第一巡视组", "安川市委"), ("省委第二巡视组", "清河市委"), ("省委第三巡视组", "省水利厅党组"),
                        ("省委第一巡视组", "安川市人民政府党组"), ("省委第二巡视组", "清河市人民政府党组"), ("省委第三巡视组", "省商务厅党组")},
    },
    "the same in Traditional, 序號 first and bars, a team's column shorter": {
        "text": "縣委第五輪巡察對象\n| 序號 | 縣委第一巡察組 | 縣委第二巡察組 |\n| 1 | 縣財政局黨組 | 縣教育局黨組 |\n| 2 | 縣審計局黨組 | |\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县教育局党组"), ("县委第一巡察组", "县审计局党组")},
    },
    "negative: a line of teams over a line of their leaders (组长 张三 组长 李四) inspects nothing": {
        "text": "县委第五轮巡察\n县委第一巡察组 县委第二巡察组\n组长 张三 组长 李四\n",
        "no_inspections": True,
    },
    "X组巡视单位整改情况：A、B (what the team's line lists, before its colon)": {
        "text": "十届省委第三轮巡视整改进展情况公开\n省委第一巡视组巡视单位整改情况：安川市委、安川市人民政府党组\n"
                "省委第二巡视组巡視對象：清河市委、清河市人民政府黨組\n",
        "inspections": {("省委第一巡视组", "安川市委"), ("省委第一巡视组", "安川市人民政府党组"), ("省委第二巡视组", "清河市委"),
                        ("省委第二巡视组", "清河市人民政府党组")},
    },
    "X组：A　B（同步延伸巡察C）: units parted by spaces and the unit an inspection extends to in brackets": {
        "text": "4月15日，区委3个巡察组陆续进驻被巡察单位。具体如下：\n區委第三巡察組：龍城街道黨工委　向陽街道黨工委（同步延伸巡察向陽街道陽光社區黨委）\n",
        "inspections": {("区委第三巡察组", "龙城街道党工委"), ("区委第三巡察组", "向阳街道党工委"), ("区委第三巡察组", "向阳街道阳光社区党委")},
        "issued": "2024-04-16",
    },
    "a column's titles: a team's undated feedbacks to B, C, D and its entry into A (each unit fed back to was inspected)": {
        "text": "巡察工作\n公司党委第二巡察组向鸿基地产发展有限公司党委反馈巡察情况\n2023-11-20\n公司党委第二巡察组向港湾酒店管理有限公司党支部反馈巡察情况\n"
                "2023-06-12\n公司党委第二巡察组进驻港湾科技有限公司党支部\n2022-09-05\n公司党委第二巡察组向港湾资产管理有限公司党支部反馈巡察情况\n2021-11-26\n",
        "inspections": {("公司党委第二巡察组", t) for t in ("鸿基地产发展有限公司党委", "港湾酒店管理有限公司党支部", "港湾科技有限公司党支部",
                                                   "港湾资产管理有限公司党支部")},
    },
    "a team alone on its line over short report titles (  A党委巡察整改进展情况), no 关于…通报": {
        "text": "十四届旗委第六轮巡察整改情况公开\n2023年6月至8月，旗委2个巡察组对3个党组织开展了常规巡察和村（嘎查）巡察。现集中公开如下：\n"
                "旗委第一巡察组\n  巴彦塔拉苏木党委巡察整改进展情况\n  阿日善嘎查党支部巡察整改进展情况\n"
                "旗委第三巡察组\n  旗交通运输局党组巡察整改进展情况\n",
        "inspections": {("旗委第一巡察组", "巴彦塔拉苏木党委"), ("旗委第一巡察组", "阿日善嘎查党支部"), ("旗委第三巡察组", "旗交通运输局党组")},
    },
    "negative: a heading of the page's own (三、巡察整改情况) is no report title": {
        "text": "关于巡察整改情况的说明\n一、巡察整改情况\n二、全县巡察整改情况\n县委第一巡察组对县水利局党组开展了巡察。",
        "inspections": {("县委第一巡察组", "县水利局党组")},
    },
    "一、X组巡視單位⏎A關於…的通報⏎2024-03-08⏎B關於…: report titles with their dates on the lines after (Traditional)": {
        "text": "十四屆省委第二輪巡視整改進展情況公開\n一、省委第一巡視組巡視單位\n中共青禾市委關於十四屆省委第二輪巡視整改進展情況的通報\n2024-03-08\n"
                "省民族宗教事務委員會黨組關於十四屆省委第二輪巡視整改進展情況的通報\n2024-03-12\n二、省委第二巡視組巡視單位\n"
                "省衛生健康委員會黨組關於十四屆省委第二輪巡視整改進展情況的通報\n2024-03-10\n",
        "inspections": {("省委第一巡视组", "中共青禾市委"), ("省委第一巡视组", "省民族宗教事务委员会党组"), ("省委第二巡视组", "省卫生健康委员会党组")},
    },
    "negative: a headline about rectification (学校公布省委巡视整改进展情况) is no short report title": {
        "text": "学校公布省委巡视整改进展情况\n发布时间：2024-01-05\n中共某某大学委员会关于省委巡视整改进展情况的通报\n"
                "中共某某学院委员会关于省委巡视整改进展情况的通报\n",
        "not_targets": {"学校公布省委"},
    },
    "the same where the titles are as long as each other (a list, not a text wrapped at their width)": {
        "text": "十四届旗委第六轮巡察整改情况公开\n现集中公开如下：\n旗委第一巡察组\n  巴彦塔拉苏木党委巡察整改进展情况\n  阿日善嘎查党支部巡察整改进展情况\n"
                "旗委第三巡察组\n  旗交通运输局党组巡察整改进展情况\n",
        "inspections": {("旗委第一巡察组", "巴彦塔拉苏木党委"), ("旗委第一巡察组", "阿日善嘎查党支部"), ("旗委第三巡察组", "旗交通运输局党组")},
    },
    # ---------------------------------------------------------------- units counted with 户 (an SOE's count)
    "对3户市属企业党委开展巡察。这3户企业分别是：A、B、C (units counted with 户, as a state-assets commission counts them)": {
        "text": "2024年4月至6月，市国资委党委第一巡察组对3户市属企业党委开展了常规巡察。这3户企业分别是：市交通投资集团有限公司党委、"
                "市燃气集团有限公司党委、市水务集团有限公司党委。",
        "inspections": {("市国资委党委第一巡察组", t) for t in ("市交通投资集团有限公司党委", "市燃气集团有限公司党委", "市水务集团有限公司党委")},
    },
    "the same in Traditional, 向3戶市屬企業黨委反饋 over the teams' rows (the count stands for the units named)": {
        "text": "12月12日至14日，市國資委黨委第三輪巡察2個巡察組分別向3戶市屬企業黨委反饋巡察情況。\n反饋安排：\n第一巡察組\n"
                "12月12日 市交通投資集團有限公司黨委\n12月13日 市文化旅遊發展集團有限公司黨委\n第二巡察組\n12月12日 市燃氣集團有限公司黨委\n",
        "inspections": {("第一巡察组", "市交通投资集团有限公司党委"), ("第一巡察组", "市文化旅游发展集团有限公司党委"),
                        ("第二巡察组", "市燃气集团有限公司党委")},
        "issued": "2022-12-16",
    },
    "a table one cell a line whose figure columns name what they count in (已完成整改（个）), its team's cell after the unit's": {
        "text": "現將各被巡察黨組織整改進展情況公示如下：\n序號\n被巡察黨組織\n巡察組\n反饋問題（個）\n已完成整改（個）\n正在整改（個）\n"
                "1\n縣財政局黨組\n縣委第一巡察組\n18\n16\n2\n2\n縣住房和城鄉建設局黨組\n縣委第二巡察組\n21\n17\n4\n合計\n39\n33\n6\n",
        "inspections": {("县委第一巡察组", "县财政局党组"), ("县委第二巡察组", "县住房和城乡建设局党组")},
    },
    "村名 | 反馈时间 | 反馈问题（个） one cell a line, under the one team the lead names": {
        "text": "12月1日至2日，县委第二巡察组分别向白沙乡3个村党组织反馈村级巡察情况。\n村名\n反馈时间\n反馈问题（个）\n白沙村\n12月1日\n9\n"
                "双河村\n12月1日\n7\n茶园村\n12月2日\n10\n巡察组指出，各村不同程度存在村务公开不及时等问题。",
        "inspections": {("县委第二巡察组", "白沙村"), ("县委第二巡察组", "双河村"), ("县委第二巡察组", "茶园村")},
        "feedback": {("县委第二巡察组", "白沙村", "2022-12-01"), ("县委第二巡察组", "双河村", "2022-12-01"),
                     ("县委第二巡察组", "茶园村", "2022-12-02")},
        "issued": "2022-12-06",
    },
    # ---------------------------------------------------------------- lists of a round's rectifying units under their teams
    "■ before each unit a line under its team: the bullet is no part of the unit's name": {
        "text": "十二届省委第四轮巡视整改进展情况公开\n省委第一巡视组\n■省林业和草原局\n■省地方金融监督管理局\n省委第二巡视组\n"
                "■省粮食和物资储备局\n■省广播电视局\n",
        "inspections": {("省委第一巡视组", "省林业和草原局"), ("省委第一巡视组", "省地方金融监督管理局"),
                        ("省委第二巡视组", "省粮食和物资储备局"), ("省委第二巡视组", "省广播电视局")},
    },
    "the same with ◆ and a space after it (Traditional)": {
        "text": "市委第三輪巡察整改進展情況公開\n市委第一巡察組\n◆ 市醫療保障局黨組\n◆ 市退役軍人事務局黨組\n市委第二巡察組\n◆ 市城市管理局黨組\n",
        "inspections": {("市委第一巡察组", "市医疗保障局党组"), ("市委第一巡察组", "市退役军人事务局党组"), ("市委第二巡察组", "市城市管理局党组")},
    },
    "X组巡视A、B整改进展情况 a line each: the titles name the team and its units": {
        "text": "十二届省委第四轮巡视整改进展情况\n省委第三巡视组巡视省林业和草原局、省广播电视局整改进展情况\n"
                "省委第五巡视组巡视省粮食和物资储备局整改进展情况\n",
        "inspections": {("省委第三巡视组", "省林业和草原局"), ("省委第三巡视组", "省广播电视局"), ("省委第五巡视组", "省粮食和物资储备局")},
    },
    "X組巡察A反饋意見整改情況 as the headline of the unit's own report (Traditional)": {
        "text": "市委第二巡察組巡察市審計局黨組反饋意見整改情況\n按照市委巡察工作統一部署，現將整改情況予以公布。",
        "inspections": {("市委第二巡察组", "市审计局党组")},
    },
    "a team alone on its line over A、B、C巡察整改进展情况 (one title for the line's units)": {
        "text": "县委第五轮巡察整改进展情况公开\n县委第一巡察组\n县水利局党组、县林业局党组、县农业农村局党组巡察整改进展情况\n"
                "县委第二巡察组\n城关镇党委、河口镇党委巡察整改进展情况\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "县农业农村局党组"),
                        ("县委第二巡察组", "城关镇党委"), ("县委第二巡察组", "河口镇党委")},
    },
    "X组 巡视单位 A B: a row whose label cell has no colon (the label is no unit)": {
        "text": "巡视整改进展情况\n省委第一巡视组 巡视单位 省林业和草原局 省广播电视局\n省委第二巡视组 巡视单位 省粮食和物资储备局 省文化和旅游厅\n",
        "inspections": {("省委第一巡视组", "省林业和草原局"), ("省委第一巡视组", "省广播电视局"),
                        ("省委第二巡视组", "省粮食和物资储备局"), ("省委第二巡视组", "省文化和旅游厅")},
    },
    "two teams' lines run together (X组：A、BY组：C、D), a copy that lost the line's break (Traditional)": {
        "text": "縣委第五輪巡察整改情況公開\n縣委第一巡察組：縣水利局黨組、縣林業局黨組縣委第二巡察組：城關鎮黨委、河口鎮黨委\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组"),
                        ("县委第二巡察组", "城关镇党委"), ("县委第二巡察组", "河口镇党委")},
    },
    "negative: a run-on team whose colon opens no units (its leader's) inspects nothing": {
        "text": "县委第五轮巡察整改情况公开\n县委第一巡察组：县水利局党组、县林业局党组县委第二巡察组：组长王海东，副组长李春梅\n",
        "inspections": {("县委第一巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组")},
    },
    # ---------------------------------------------------------------- a village round: the township over its villages
    "a team alone on its line, its township with the count of villages (柳河镇（3个）：) over a line of them": {
        "text": "县委第五轮巡察（村级巡察）对象名单\n现将各组巡察对象公布如下：\n县委第一巡察组\n柳溪镇（3个）：\n东岭村、西岭村、柳溪社区\n"
                "县委第二巡察组\n杏坪乡（2个）：\n杏坪村、茶山村\n",
        "inspections": {("县委第一巡察组", "东岭村"), ("县委第一巡察组", "西岭村"), ("县委第一巡察组", "柳溪社区"),
                        ("县委第二巡察组", "杏坪村"), ("县委第二巡察组", "茶山村")},
    },
    "the township before its villages on their line (杏坪鄉：A村、B村) under a team alone (Traditional)": {
        "text": "縣委第五輪巡察（村級巡察）對象名單\n現將各組巡察對象公布如下：\n縣委第一巡察組\n柳溪鎮：東嶺村、西嶺村\n"
                "縣委第二巡察組\n杏坪鄉：杏坪村、茶山村\n",
        "inspections": {("县委第一巡察组", "东岭村"), ("县委第一巡察组", "西岭村"), ("县委第二巡察组", "杏坪村"), ("县委第二巡察组", "茶山村")},
    },
    "X组：镇（N个）：A村、B村 on the team's line": {
        "text": "县委第五轮巡察（村级巡察）对象名单\n县委第一巡察组：柳溪镇（2个）：东岭村、西岭村\n县委第二巡察组：杏坪乡（2个）：杏坪村、茶山村\n",
        "inspections": {("县委第一巡察组", "东岭村"), ("县委第一巡察组", "西岭村"), ("县委第二巡察组", "杏坪村"), ("县委第二巡察组", "茶山村")},
    },
    "X组：A、B⏎延伸巡察：C、D: the line under a team's units names the units its inspection was extended to": {
        "text": "县委第十一轮巡察完成进驻\n各巡察组巡察对象如下：\n县委第一巡察组：城关镇党委、石门乡党委\n延伸巡察：城关镇农业综合服务中心、石门乡卫生院\n"
                "县委第二巡察组：白沙镇党委\n延伸巡察：白沙镇中心学校\n",
        "inspections": {("县委第一巡察组", "城关镇党委"), ("县委第一巡察组", "石门乡党委"), ("县委第一巡察组", "城关镇农业综合服务中心"),
                        ("县委第一巡察组", "石门乡卫生院"), ("县委第二巡察组", "白沙镇党委"), ("县委第二巡察组", "白沙镇中心学校")},
    },
    "the same with 同步延伸巡察單位： (Traditional)": {
        "text": "市委第三輪巡察對象公布\n市委第一巡察組：市教育局黨組\n同步延伸巡察單位：市實驗中學、市第二中學\n市委第二巡察組：市衛生健康委黨組\n",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第一巡察组", "市实验中学"), ("市委第一巡察组", "市第二中学"),
                        ("市委第二巡察组", "市卫生健康委党组")},
    },
    # ---------------------------------------------------------------- a place inspected with the places under it
    "X组：甲市（A区、B县）one line a team: the city and each county in its brackets": {
        "text": "十二届省委第二轮巡视公告\n现将巡视安排公告如下：\n省委第一巡视组：青杉市（城东区、城西区、松岭县）\n"
                "省委第二巡视组：白雾州（白雾市、望岗县）\n省委第三巡视组：省民政厅党组\n",
        "inspections": {("省委第一巡视组", t) for t in ("青杉市", "城东区", "城西区", "松岭县")}
                       | {("省委第二巡视组", t) for t in ("白雾州", "白雾市", "望岗县")} | {("省委第三巡视组", "省民政厅党组")},
    },
    "中央第一巡視組：甲省（同步巡視A市、B市） (Traditional press)": {
        "text": "中央巡視組本輪分工\n中央第一巡視組：晉北省（同步巡視汾河市、雲岡市）\n中央第二巡視組：江右省（同步巡視廬陵市）\n",
        "inspections": {("中央第一巡视组", "晋北省"), ("中央第一巡视组", "汾河市"), ("中央第一巡视组", "云冈市"),
                        ("中央第二巡视组", "江右省"), ("中央第二巡视组", "庐陵市")},
    },
    "negative: a former or short name in brackets (东湖区（原东湖县）, 村（社区）) is no place inspected with it": {
        "text": "市委第五轮巡察对象公布\n市委第一巡察组：东湖区（原东湖县）\n市委第二巡察组：西岭镇所辖村（社区）党组织\n",
        "not_targets": {"原东湖县", "东湖县", "社区", "村"},
    },
    "a team alone on its line, its city on the next, the counties under it on the line after (、 or spaces)": {
        "text": "十一届省委第九轮巡视对象及巡视组分工\n各巡视组分工如下：\n省委第一巡视组\n东溪市\n东溪区、铜岭县、南峪县\n"
                "省委第二巡视组\n北川市\n北川区 溪口区 青崖县\n",
        "inspections": {("省委第一巡视组", t) for t in ("东溪市", "东溪区", "铜岭县", "南峪县")}
                       | {("省委第二巡视组", t) for t in ("北川市", "北川区", "溪口区", "青崖县")},
    },
    "组别|被巡视单位|同步巡视旗县（市、区）: the row's team inspects the league and each banner of its column": {
        "text": "自治区党委第十一轮巡视完成进驻\n具体安排如下：\n组别|被巡视单位|同步巡视旗县（市、区）|值班电话\n"
                "自治区党委第一巡视组|乌兰图雅盟|图雅浩特市、东珠旗|0479-8251101\n自治区党委第二巡视组|巴音锡林市|锡林区|0477-8552202\n",
        "inspections": {("自治区党委第一巡视组", t) for t in ("乌兰图雅盟", "图雅浩特市", "东珠旗")}
                       | {("自治区党委第二巡视组", "巴音锡林市"), ("自治区党委第二巡视组", "锡林区")},
    },
    "one cell a line with 同步巡察乡镇 and a / over the empty cell of a department's row (Traditional)": {
        "text": "市委第五輪巡察進駐情況公告\n組別\n巡察對象\n同步巡察鄉鎮\n聯繫電話\n市委第一巡察組\n桐溪縣\n城關鎮、河西鄉\n0774-2816601\n"
                "市委第三巡察組\n市城市管理局黨組\n/\n0774-2816603\n巡察時間為2個月左右。",
        "inspections": {("市委第一巡察组", "桐溪县"), ("市委第一巡察组", "城关镇"), ("市委第一巡察组", "河西乡"),
                        ("市委第三巡察组", "市城市管理局党组")},
    },
    "分别对甲市、乙市及甲市所辖A、B，乙市所辖C: the cities paired with the teams, each group of counties its city's team's": {
        "text": "省委第三、第四巡视组分别对长川市、金岭市及长川市所辖河口区、新城县，金岭市所辖沙湾县开展常规巡视。",
        "inspections": {("省委第三巡视组", "长川市"), ("省委第三巡视组", "河口区"), ("省委第三巡视组", "新城县"),
                        ("省委第四巡视组", "金岭市"), ("省委第四巡视组", "沙湾县")},
    },
    "中共中央第五巡視組已進駐甲省展開…，並將同步巡視甲所轄的A市、B州與C市 (Traditional press, the team as written)": {
        "text": "中共中央第五巡視組已進駐蜀川省展開為期約2個半月的常規巡視，並將同步巡視蜀川所轄的雅嶺市、金川州與蜀南市。",
        "inspections": {("中央第五巡视组", t) for t in ("蜀川省", "雅岭市", "金川州", "蜀南市")},
        "team_aliases": {"中央第五巡视组": "中共中央第五巡视组"},
    },
    "…开展延伸巡视，同步下沉到A分行所辖B支行、C支行: a bank's team going down to the sub-branches": {
        "text": "总行党委第二巡视组对鲁东省分行党委开展常规巡视，并对鲁东省分行所辖沂水分行党委开展延伸巡视，同步下沉到沂水分行所辖"
                "河阳支行、罗湾支行。",
        "inspections": {("总行党委第二巡视组", t) for t in ("鲁东省分行党委", "沂水分行党委", "河阳支行", "罗湾支行")},
    },
    "report titles under a team heading, 甲市所辖： over its counties' titles": {
        "text": "关于公开十二届省委第三轮巡视整改进展情况的公告\n省委第一巡视组\n中共东屏市委关于十二届省委第三轮巡视整改进展情况的通报\n"
                "东屏市所辖：\n中共平和区委关于十二届省委第三轮巡视整改进展情况的通报\n中共新丰县委关于十二届省委第三轮巡视整改进展情况的通报\n"
                "省委第二巡视组\n中共南溪市委关于十二届省委第三轮巡视整改进展情况的通报\n",
        "inspections": {("省委第一巡视组", "中共东屏市委"), ("省委第一巡视组", "中共平和区委"), ("省委第一巡视组", "中共新丰县委"),
                        ("省委第二巡视组", "中共南溪市委")},
    },
    "the same with 一、 headings and 桐溪縣所轄鄉鎮： (Traditional)": {
        "text": "市委第五輪巡察整改情況公告\n一、市委第一巡察組\n中共桐溪縣委關於市委第五輪巡察整改情況的通報\n桐溪縣所轄鄉鎮：\n"
                "中共桐溪縣城關鎮委員會關於市委第五輪巡察整改情況的通報\n",
        "inspections": {("市委第一巡察组", "中共桐溪县委"), ("市委第一巡察组", "桐溪县城关镇党委")},
    },
    "X组：A（延伸巡察B中学、C幼儿园）；D: a kindergarten is a unit too": {
        "text": "市委第三巡察组：市教育局党组（延伸巡察嘉川第一中学、市实验幼儿园）；市体育局党组\n",
        "inspections": {("市委第三巡察组", t) for t in ("市教育局党组", "嘉川第一中学", "市实验幼儿园", "市体育局党组")},
    },
    "the same one a line under a team alone (Traditional)": {
        "text": "縣委第二輪巡察對象公布\n現將巡察對象公布如下：\n縣委第一巡察組\n縣機關幼兒園\n縣第二實驗幼兒園\n縣委第二巡察組\n縣教育局黨組\n",
        "inspections": {("县委第一巡察组", "县机关幼儿园"), ("县委第一巡察组", "县第二实验幼儿园"), ("县委第二巡察组", "县教育局党组")},
    },
    "X组巡察单位：A（巡察整改进展情况）；B（巡察整改进展情况）: each unit's link to its report in brackets": {
        "text": "关于公布市委第四轮巡察整改情况的公告\n市委第一巡察组巡察单位：市委宣传部部务会（巡察整改进展情况）；市总工会党组（巡察整改进展情况）\n"
                "市委第二巡察组巡察单位：市水利局党组（巡察整改进展情况）\n",
        "inspections": {("市委第一巡察组", "市委宣传部部务会"), ("市委第一巡察组", "市总工会党组"), ("市委第二巡察组", "市水利局党组")},
    },
    "the same with （查看全文） after each unit, parted by 、 (Traditional)": {
        "text": "關於公佈縣委第二輪巡察整改情況的公告\n縣委第一巡察組：縣林業局黨組（查看全文）、縣氣象局黨組（查看全文）\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "县气象局党组")},
    },
    "X组（柳河镇） over its villages' short titles (A村党支部巡察整改情况公示)": {
        "text": "县委第八轮巡察村（社区）整改情况公示\n县委第三巡察组（柳溪镇）\n柳溪镇东关村党支部巡察整改情况公示\n"
                "柳溪镇河湾社区党支部巡察整改情况公示\n县委第四巡察组（杨坪乡）\n杨坪乡前营村党支部巡察整改情况公示\n",
        "inspections": {("县委第三巡察组", "柳溪镇东关村党支部"), ("县委第三巡察组", "柳溪镇河湾社区党支部"),
                        ("县委第四巡察组", "杨坪乡前营村党支部"), ("县委第三巡察组", "柳溪镇"), ("县委第四巡察组", "杨坪乡")},
    },
    "一、X组⏎A（延伸巡察B、C）⏎D: a unit a line, the first with the units its inspection was extended to (Traditional)": {
        "text": "關於公布縣委第六輪巡察整改進展情況的公告\n一、縣委第一巡察組\n縣教育局黨組（延伸巡察縣第一中學黨委、縣職業中專黨支部）\n"
                "縣民政局黨組\n二、縣委第二巡察組\n縣交通運輸局黨組\n",
        "inspections": {("县委第一巡察组", t) for t in ("县教育局党组", "县第一中学党委", "县职业中专党支部", "县民政局党组")}
                       | {("县委第二巡察组", "县交通运输局党组")},
    },
    "negative: a vague number of units (十多个省区市, 另外数个省区, 多家中央单位) is no target": {
        "text": "本轮中央巡视对十多个省区市开展了常规巡视，另有巡视组进驻另外数个省区。多家中央单位党组织也接受了巡视。",
        "not_targets": {"十多个省区市", "另外数个省区", "数个省区", "多家中央单位党组织"},
    },
    "the same in Traditional; a county whose name opens with 多 is a unit (多倫縣委)": {
        "text": "中央巡視組對十幾個省區市開展巡視。自治區黨委第三巡視組對多倫縣委開展了常規巡視。",
        "inspections": {("自治区党委第三巡视组", "多伦县委")},
        "not_targets": {"十几个省区市"},
    },
    "X、Y组分别进驻A、B召开巡察工作动员会: the meeting after the units closes their list": {
        "text": "5月8日，市委第一、第二、第三巡察组分别进驻市教育局党组、市公安局党委、市民政局党组召开巡察工作动员会。",
        "inspections": {("市委第一巡察组", "市教育局党组"), ("市委第二巡察组", "市公安局党委"), ("市委第三巡察组", "市民政局党组")},
    },
    "the same in Traditional, 分別進駐A、B舉行動員會": {
        "text": "9月4日，縣委第一、第二巡察組分別進駐縣林業局黨組、縣氣象局黨組舉行巡察動員會。",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县气象局党组")},
    },
    "…同步延伸巡察甲镇所辖3个村（社区）党组织：A、B、C: the units the count stands for, after its colon": {
        "text": "县委第三巡察组巡察城关镇党委，同步延伸巡察城关镇所辖3个村（社区）党组织：东关村党总支、西关村党总支、南关社区党委。",
        "inspections": {("县委第三巡察组", t) for t in ("城关镇党委", "东关村党总支", "西关村党总支", "南关社区党委")},
    },
    "the same in Traditional, the page cut inside the last unit": {
        "text": "縣委第四巡察組巡察石板鎮黨委，並延伸巡察石板鎮所轄14個村黨組織：石板村黨支部、上坪村黨支部、下坪村黨",
        "inspections": {("县委第四巡察组", t) for t in ("石板镇党委", "石板村党支部", "上坪村党支部")},
    },
    "a team alone on its line over a line per township, each 镇：A村 B村 parted by spaces": {
        "text": "县委巡察组对4个乡镇所辖村（社区）开展村级巡察\n具体安排如下：\n县委第一巡察组\n东城镇：东风村 红星村 新民村\n"
                "西城镇：西河村 前进村\n县委第二巡察组\n高庄乡：高庄村 李庄村\n",
        "inspections": {("县委第一巡察组", t) for t in ("东风村", "红星村", "新民村", "西河村", "前进村")}
                       | {("县委第二巡察组", "高庄村"), ("县委第二巡察组", "李庄村")},
    },
    "a term's rounds one a line (第一轮（2021年4月）：A、B), under the one team the page names": {
        "text": "市检察院党组实现本届巡察全覆盖\n本届以来，市院党组第一巡察组先后开展3轮巡察。各轮巡察对象如下：\n"
                "第一轮（2021年4月）：东城区人民检察院党组、西城区人民检察院党组\n第二轮（2021年9月）：北山区人民检察院党组、"
                "高新区人民检察院党组\n第三轮（2022年3月）：临水县人民检察院党组\n",
        "inspections": {("市检察院党组第一巡察组", t) for t in ("东城区人民检察院党组", "西城区人民检察院党组", "北山区人民检察院党组",
                                                         "高新区人民检察院党组", "临水县人民检察院党组")},
        "dates": {"东城区人民检察院党组": ("2021-04", None), "临水县人民检察院党组": ("2022-03", None)},
    },
    "2019年第一輪：A、B per line, the teams only counted: no team's (Traditional)": {
        "text": "學校黨委實現本屆巡察全覆蓋\n學校黨委先後開展2輪巡察，共派出巡察組4個。\n2019年第一輪：文學院黨委、歷史文化學院黨委\n"
                "2020年第二輪：數學科學學院黨委、物理學院黨委\n",
        "inspections": {(None, t) for t in ("文学院党委", "历史文化学院党委", "数学科学学院党委", "物理学院党委")},
    },
    "a year's plan by batch (第一批（3月至5月）：A、B…): the units planned, no team's": {
        "text": "市委巡察工作领导小组印发年度巡察工作计划\n按照计划，各批次巡察对象安排如下：\n第一批（3月至5月）：市委办公室、市信访局、"
                "市档案馆。\n第二批（6月至8月）：市教育局、市民政局。\n",
        "inspections": {(None, t) for t in ("市委办公室", "市信访局", "市档案馆", "市教育局", "市民政局")},
    },
    "the same by a team without an ordinal whose dispatcher says which it is (市院党组巡察组)": {
        "text": "市检察院党组实现本届巡察全覆盖\n本届以来，市院党组巡察组先后开展2轮巡察，对全市4个基层检察院党组实现巡察全覆盖。各轮巡察对象如下：\n"
                "第一轮（2021年4月）：东城区人民检察院党组、西城区人民检察院党组\n第二轮（2021年9月）：北山区人民检察院党组、"
                "高新区人民检察院党组\n",
        "inspections": {("市检察院党组巡察组", t) for t in ("东城区人民检察院党组", "西城区人民检察院党组", "北山区人民检察院党组",
                                                       "高新区人民检察院党组")},
    },
    "the same in Traditional, a hospital's team (院黨委巡察組)": {
        "text": "市人民醫院黨委實現巡察全覆蓋\n院黨委巡察組先後開展2輪巡察。各輪巡察對象如下：\n"
                "第一輪（2022年3月）：內科黨總支、外科黨總支\n第二輪（2022年10月）：醫技黨總支、行政後勤黨總支\n",
        "inspections": {("市人民医院党委巡察组", t) for t in ("内科党总支", "外科党总支", "医技党总支", "行政后勤党总支")},
    },
    "negative: two teams without ordinals named before the lines, neither the lines' (甲院党组巡察组, 乙院党组巡察组)": {
        "text": "两级法院巡察工作综述\n市中院党组巡察组和区法院党组巡察组先后开展巡察。各轮巡察对象如下：\n"
                "第一轮（2021年4月）：东城区人民法院党组、西城区人民法院党组\n",
        "inspections": {(None, "东城区人民法院党组"), (None, "西城区人民法院党组")},
    },
    "a batch's line the page cuts inside its last unit: the units before it": {
        "text": "市委巡察工作领导小组印发年度巡察工作计划\n按照计划，各批次巡察对象安排如下：\n第一批（3月至5月）：市委办公室、市信访局。\n"
                "第二批（6月至8月）：市教育局、市民政局、市审计局、市城市管理",
        "inspections": {(None, t) for t in ("市委办公室", "市信访局", "市教育局", "市民政局", "市审计局")},
        "not_targets": {"市城市管理"},
    },
    "the same in Traditional, a round's line cut inside its last unit": {
        "text": "縣委實現本屆巡察全覆蓋\n各輪巡察對象如下：\n第一輪（2021年4月）：縣委辦公室、縣財政局。\n"
                "第二輪（2021年9月）：縣教育局、縣水利局、縣市場監督管",
        "inspections": {(None, t) for t in ("县委办公室", "县财政局", "县教育局", "县水利局")},
        "not_targets": {"县市场监督管"},
    },
    "被巡察单位（N个）：⏎ units parted by spaces over several lines, four a line (links that lost their 、)": {
        "text": "十届市委第三轮巡察整改进展情况集中公开\n现将十届市委第三轮巡察10个被巡察党组织的巡察整改进展情况予以公开。\n"
                "被巡察单位（10个）：\n市委宣传部\u3000\u3000市委统战部\u3000\u3000市直机关工委\u3000\u3000市发展和改革委员会党组\n"
                "市科学技术局党组\u3000\u3000市财政局党组\u3000\u3000市审计局党组\u3000\u3000市统计局党组\u3000\u3000市总工会党组\u3000\u3000"
                "团市委\n欢迎社会各界对巡察整改落实情况进行监督。\n",
        "inspections": {(None, t) for t in ("市委宣传部", "市委统战部", "市直机关工委", "市发展和改革委员会党组", "市科学技术局党组",
                                            "市财政局党组", "市审计局党组", "市统计局党组", "市总工会党组", "团市委")},
    },
    "the same in Traditional, three a line parted by spaces": {
        "text": "縣委第五輪巡察整改情況公開\n巡察對象：\n縣教育局黨組 縣民政局黨組 縣司法局黨組\n縣水利局黨組 縣林業局黨組\n"
                "如有意見建議，請反映給縣委巡察辦。\n",
        "inspections": {(None, t) for t in ("县教育局党组", "县民政局党组", "县司法局党组", "县水利局党组", "县林业局党组")},
    },
    "由T对X所属N所学校党组织开展专项巡察。被巡察学校分别是：A、B: the units the sentence before counted, of its team": {
        "text": "市委第三巡察组进驻开展教育领域专项巡察\n根据市委统一部署，由市委第三巡察组对市教育局党委所属3所学校党组织开展专项巡察，"
                "巡察时间约1个月。被巡察学校分别是：市第一中学党委、市外国语学校党委、市实验中学党总支。",
        "inspections": {("市委第三巡察组", t) for t in ("市第一中学党委", "市外国语学校党委", "市实验中学党总支")},
    },
    "the same in Traditional, 被巡察單位為：A、B after a county team's count of villages": {
        "text": "縣委第二巡察組對城關鎮所轄3個村黨組織開展巡察。被巡察單位為：東關村黨支部、西關村黨支部、南關村黨支部。",
        "inspections": {("县委第二巡察组", t) for t in ("东关村党支部", "西关村党支部", "南关村党支部")},
    },
    "本轮巡察对A开展巡察；对B、C2个单位开展专项巡察: the clause ；joins after the one naming the round is of that round": {
        "text": "本轮巡察对县委组织部、县委宣传部等2个单位党组织开展常规巡察；对县教育局、县卫生健康局2个单位开展专项巡察。",
        "inspections": {(None, t) for t in ("县委组织部", "县委宣传部", "县教育局", "县卫生健康局")},
    },
    "the same in Traditional, 十屆市委第二輪巡察對A；對B、C開展提級巡察": {
        "text": "十屆市委第二輪巡察對市財政局黨組開展常規巡察；對臨川縣自然資源局黨組、臨川縣林業局黨組開展提級巡察。",
        "inspections": {(None, t) for t in ("市财政局党组", "临川县自然资源局党组", "临川县林业局党组")},
    },
    "negative: a clause ；joins that plans what comes next (明年将对B开展巡察) states no inspection": {
        "text": "本轮巡察对县委组织部、县委宣传部等2个单位党组织开展常规巡察；明年将对县教育局、县卫生健康局开展专项巡察。",
        "inspections": {(None, "县委组织部"), (None, "县委宣传部")},
    },
    "T向河北、山西高院党组反馈 (the body after the last province is each province's)": {
        "text": "最高人民法院党组巡视组向河北、山西高院党组反馈巡视情况\n　　8月24日、25日，两个巡视组分别向河北省高级人民法院党组、"
                "山西省高级人民法院党组反馈了巡视情况。",
        "not_targets": {"河北"},
        "issued": "2017-08-28",
    },
    "the same in Traditional, 對遼寧、吉林檢察院黨組開展巡視": {
        "text": "最高檢黨組巡視組進駐\n　　最高人民檢察院黨組第一巡視組對遼寧、吉林檢察院黨組開展巡視。",
        "inspections": {("最高人民检察院党组第一巡视组", "辽宁检察院党组"), ("最高人民检察院党组第一巡视组", "吉林检察院党组")},
        "issued": "2019-04-02",
    },
    "negative: 对北京、天津和新疆生产建设兵团党委 / 向吉林、安徽2省党委 (a unit of its own, a count: no body shared)": {
        "text": "中央第三轮巡视进驻\n　　中央巡视组对北京、天津、新疆生产建设兵团党委开展巡视。\n　　中央巡视组向吉林、安徽2省党委反馈巡视情况。",
        "not_targets": {"北京生产建设兵团党委", "天津生产建设兵团党委", "吉林2省党委"},
        "issued": "2019-04-02",
    },
    "negative: 对地级市检察院的巡察 / 对辖区基层法院的巡察 / 被巡察法院党组 (courts by their level or kind, none named)": {
        "text": "省检察院党组巡察工作综述\n　　省检察院党组已启动对地级市检察院的巡察，并指导各中级法院党组开展对辖区基层法院的巡察工作。"
                "巡察组认为，3家被巡察法院党组能够认真贯彻落实党中央决策部署。",
        "not_targets": {"地级市检察院", "辖区基层法院", "被巡察法院党组"},
        "issued": "2021-06-20",
    },
    "a notice's lines T　A　电话：… (cells parted by spaces, no colon, closed by the contact)": {
        "text": "县委第一轮巡察进驻情况公告\n现将巡察组别、巡察对象和联系方式公告如下：\n第一巡察组　大虎山镇党委　电话：0416-5521801\n"
                "第二巡察组　县水利局党组　电话：0416-5521802\n",
        "inspections": {("第一巡察组", "大虎山镇党委"), ("第二巡察组", "县水利局党组")},
        "issued": "2023-04-18",
    },
    "the same in Traditional, T　A　舉報郵箱：…": {
        "text": "縣委第二輪巡察進駐公告\n縣委第三巡察組　縣財政局黨組　舉報郵箱：xc3@163.com\n縣委第四巡察組　柳河鎮黨委　舉報郵箱：xc4@163.com\n",
        "inspections": {("县委第三巡察组", "县财政局党组"), ("县委第四巡察组", "柳河镇党委")},
        "issued": "2023-04-18",
    },
    "negative: T　组长　王某　电话：… (a leader's cells, no unit)": {
        "text": "县委第一轮巡察进驻公告\n第一巡察组　组长王建国　电话：0416-5521801\n",
        "inspections": set(),
        "issued": "2023-04-18",
    },
    "被巡视分行党委要… after T1至T4分别向A、B、C、D反馈 (the inspected units by their kind: no unit of its own)": {
        "text": "总行党委2018年第一轮巡视完成反馈\n　　6月11日至14日，总行党委第一、第二巡视组分别向河北省分行党委、山西省分行党委反馈了巡视意见。"
                "\n　　各巡视组要求，被巡视分行党委要认真落实整改主体责任。",
        "inspections": {("总行党委第一巡视组", "河北省分行党委"), ("总行党委第二巡视组", "山西省分行党委")},
        "issued": "2018-06-15",
    },
    "the same in Traditional, 被巡視市黨委要… after 分別向A、B反饋": {
        "text": "省委巡視組向2個省轄市反饋專項巡視情況\n　　8月3日至5日，省委第一、第二巡視組分別向新鄉市委、焦作市委反饋了專項巡視情況。"
                "\n　　巡視組要求，被巡視市黨委要切實履行整改主體責任。",
        "inspections": {("省委第一巡视组", "新乡市委"), ("省委第二巡视组", "焦作市委")},
        "issued": "2016-08-09",
    },
    "team headings over units' lines, each with the day it was fed back and a link to its report (甲区委（2019年4月18日反馈）　整改进展情况)": {
        "text": "五届市委第五轮巡视整改进展情况公开\n4月中旬，市委巡视组分别向被巡视区县党委反馈了巡视意见。\n市委第一巡视组\n"
                "　　万州区委（2019年4月18日反馈）　整改进展情况\n　　开州区委（2019年4月19日反馈）　整改进展情况\n市委第二巡视组\n"
                "　　涪陵区委（2019年4月18日反馈）　整改进展情况\n",
        "inspections": {("市委第一巡视组", "万州区委"), ("市委第一巡视组", "开州区委"), ("市委第二巡视组", "涪陵区委")},
        "feedback": {("市委第一巡视组", "万州区委", "2019-04-18"), ("市委第一巡视组", "开州区委", "2019-04-19"),
                     ("市委第二巡视组", "涪陵区委", "2019-04-18")},
        "issued": "2019-07-26",
    },
    "the same in Traditional, 甲區委（反饋時間：2021年8月10日）": {
        "text": "十三屆市委第十一輪巡察整改情況集中公開\n市委第一巡察組\n　　錦江區委（反饋時間：2021年8月10日）\n"
                "　　市發改委黨組（反饋時間：2021年8月11日）\n市委第二巡察組\n　　青白江區委（反饋時間：2021年8月10日）\n",
        "inspections": {("市委第一巡察组", "锦江区委"), ("市委第一巡察组", "市发改委党组"), ("市委第二巡察组", "青白江区委")},
        "feedback": {("市委第一巡察组", "锦江区委", "2021-08-10"), ("市委第一巡察组", "市发改委党组", "2021-08-11"),
                     ("市委第二巡察组", "青白江区委", "2021-08-10")},
        "issued": "2021-11-26",
    },
    "negative: units' lines with the day they published (甲区委（2019年7月18日）) under a lead of publication: no feedback": {
        "text": "巡视整改进展情况公开\n以下单位已公布整改进展情况：\n市委第一巡视组\n　　万州区委（2019年7月18日）\n　　开州区委（2019年7月19日）\n",
        "inspections": {("市委第一巡视组", "万州区委"), ("市委第一巡视组", "开州区委")},
        "feedback": set(),
        "issued": "2019-07-26",
    },
    "T：U（D反馈） lines under a lead of the teams' units and days: each team's feedback to its unit on its day": {
        "text": "十二届自治区党委第五轮巡视整改进展情况公开\n2023年9月至11月，十二届自治区党委第五轮巡视对2个设区市党委开展了常规巡视。"
                "各巡视组巡视单位及反馈时间如下：\n自治区党委第一巡视组：中共柳州市委（2024年1月9日反馈）\n"
                "自治区党委第二巡视组：中共桂林市委（2024年1月10日反馈）\n",
        "feedback": {("自治区党委第一巡视组", "中共柳州市委", "2024-01-09"), ("自治区党委第二巡视组", "中共桂林市委", "2024-01-10")},
        "issued": "2024-03-29",
    },
    "各巡视组分别向被巡视县（市、区）党委反馈 after each team's counties: each team's feedback to its own (the kinds' levels kept whole)": {
        "text": "十届省委第六轮巡视3个县（市、区）党委公开巡视整改情况\n2018年9月中旬至11月中旬，十届省委第六轮巡视对3个县（市、区）党委"
                "开展了常规巡视，其中：\n省委第一巡视组巡视闽侯县、连江县；\n省委第二巡视组巡视仙游县。\n"
                "今年1月8日至11日，各巡视组分别向被巡视县（市、区）党委反馈了巡视意见。",
        "feedback": {("省委第一巡视组", "闽侯县", None), ("省委第一巡视组", "连江县", None), ("省委第二巡视组", "仙游县", None)},
        "issued": "2019-03-29",
    },
    "the same in Traditional, 向被巡察縣（市、區）黨委反饋": {
        "text": "市委巡察整改公開\n2018年9月，市委第一巡察組巡察甲縣，市委第二巡察組巡察乙縣。11月，各巡察組分別向被巡察縣（市、區）黨委反饋了巡察意見。",
        "feedback": {("市委第一巡察组", "甲县", "2018-11"), ("市委第二巡察组", "乙县", "2018-11")},
        "issued": "2019-03-29",
    },
    "kinds' lines of a round's units, a long kind's label (政策性金融机构和投资机构（4家）：A、B); 向各单位党组织反馈: those units": {
        "text": "25家金融单位党组织公布巡视整改进展情况\n2021年10月中旬至12月中旬，十九届中央第八轮巡视对5家金融单位党组织开展了常规巡视。"
                "今年2月，中央巡视组陆续向各单位党组织反馈了巡视情况。\n本轮公布整改进展情况的单位是：\n"
                "金融管理部门（2家）：中国人民银行、国家外汇管理局；\n政策性金融机构和投资机构（3家）：中国投资有限责任公司、国家开发银行、中国进出口银行。\n",
        "inspections": {("中央巡视组", t) for t in ("中国人民银行", "国家外汇管理局", "中国投资有限责任公司", "国家开发银行", "中国进出口银行")},
        "feedback": {("中央巡视组", t, "2022-02") for t in ("中国人民银行", "国家外汇管理局", "中国投资有限责任公司", "国家开发银行", "中国进出口银行")},
        "issued": "2022-05-27",
    },
    "an earlier inspection recalled: 2016年T对X巡视后，… / X曾于2017年接受T专项巡视": {
        "text": "省委第一巡视组向六盘水市委反馈巡视“回头看”情况\n反馈指出，2016年省委第四巡视组对六盘水市巡视后，市委对巡视整改高度重视。\n"
                "学校党委曾于2017年接受省委第二巡视组专项巡视。",
        "inspections": {("省委第一巡视组", "六盘水市委"), ("省委第四巡视组", "六盘水市委"), ("省委第二巡视组", "学校党委")},
        "issued": "2018-06-12",
    },
    "the same in Traditional, T對X巡察後，… / X曾經接受T巡察": {
        "text": "縣委巡察整改\n2019年縣委第三巡察組對縣水利局黨組巡察後，局黨組高度重視。縣林業局黨組曾經接受縣委第一巡察組巡察。",
        "inspections": {("县委第三巡察组", "县水利局党组"), ("县委第一巡察组", "县林业局党组")},
        "issued": "2021-06-12",
    },
    "negative: 三省曾于2023年10月接受…巡视 (the places named before, counted: no unit 三省)": {
        "text": "中央巡视「回头看」杀回三省\n中央巡视组已于9月5日至7日陆续进驻河北、山西、黑龙江三省，开展巡视“回头看”。"
                "三省曾于2023年10月接受二十届中央第二轮巡视。",
        "not_targets": {"三省"},
        "issued": "2024-09-08",
    },
    "negative: 对巡视后的整改工作… / 接受巡视后 (no unit before the verb, nothing inspected)": {
        "text": "县委巡察工作\n县委对巡视后的整改工作作出部署。",
        "inspections": set(),
        "issued": "2021-06-12",
    },
    "…把抓好市委巡察整改作为…: what a body does well is no place of the committee's (no 抓好市委第二巡察组)": {
        "text": "中共会宁县委关于市委巡察整改情况的通报\n2019年3月，市委第二巡察组对会宁县委开展了巡察。\n县委把抓好市委巡察整改作为重要政治任务。",
        "inspections": {("市委第二巡察组", "中共会宁县委")},
        "not_teams": {"抓好市委第二巡察组"},
        "issued": "2019-08-16",
    },
    "…实现县委对村（社区）巡察全覆盖: the aim a round serves is no place of the committee's (no 实现县委第五巡察组)": {
        "text": "县委巡察组进驻石桥镇开展村级巡察\n4月11日，县委第五巡察组进驻石桥镇，将对该镇13个村（社区）党组织开展巡察，"
                "实现县委对村（社区）巡察全覆盖。",
        "inspections": {("县委第五巡察组", "石桥镇"), ("县委第五巡察组", "13个村(社区)党组织")},
        "not_teams": {"实现县委第五巡察组"},
        "issued": "2022-04-13",
    },
    "Traditional: …助力市委決策部署落地見效 (no 助力市委第二巡察組); 省醫療保障局 a name that holds a verb": {
        "text": "市委第二巡察組進駐省醫療保障局\n市委第二巡察組於5月8日進駐省醫療保障局開展巡察，助力市委決策部署落地見效。",
        "inspections": {("市委第二巡察组", "省医疗保障局")},
        "not_teams": {"助力市委第二巡察组"},
        "issued": "2023-05-09",
    },
    "组长某某带领市委第一巡察组进驻A / 统一到中央和市委的部署要求上来: a leader's name and 带领, the centre and its joiner, open no dispatcher": {
        "text": "市委第一巡察组进驻市交通运输局\n3月5日，组长王建国带领市委第一巡察组进驻市交通运输局，开展为期两个月的巡察。"
                "会议要求，要把思想和行动统一到中央和市委的部署要求上来。",
        "inspections": {("市委第一巡察组", "市交通运输局")},
        "teams": {"市委第一巡察组"},
        "not_teams": {"王建国带领市委第一巡察组", "中央和市委第一巡察组"},
        "issued": "2021-03-06",
    },
    "Traditional: 貫徹黨的路線方針政策和國家電網公司黨組決策部署: a policy, a joiner and a national body, two (no 路线方针政策和…党组)": {
        "text": "國家電網公司黨組第二巡視組巡視國網山東省電力公司黨委情況反饋會召開\n11月6日，國家電網公司黨組第二巡視組向國網山東省電力公司"
                "黨委反饋巡視情況。會議要求，要堅決貫徹黨的路線方針政策和國家電網公司黨組決策部署。",
        "teams": {"国家电网公司党组第二巡视组"},
        "not_teams": {"路线方针政策和国家电网公司党组第二巡视组"},
        "issued": "2017-11-07",
    },
    "邮政信箱：南京市江宁区东山街道江宁区委巡察组信箱: an address before the committee is no part of the dispatcher": {
        "text": "区委第五巡察组对区医疗保障局开展机动巡察\n6月9日，区委第五巡察组进驻区医疗保障局，对区医疗保障局党组开展机动巡察。"
                "巡察期间，巡察组设立专门值班电话：025-52168105，邮政信箱：南京市江宁区东山街道江宁区委巡察组信箱（邮编211100）。",
        "inspections": {("区委第五巡察组", "区医疗保障局党组")},
        "not_teams": {"南京市江宁区东山街道江宁区委第五巡察组"},
        "issued": "2021-06-11",
    },
    "公司党委第一巡视组…巡视组指出，两家分公司党委…: the units counted are no dispatcher of the company's teams": {
        "text": "公司党委第四轮巡视完成反馈\n12月23日，公司党委第一巡视组和第二巡视组分别向天津分公司党委、湖南分公司党委反馈巡视情况。"
                "巡视组指出，两家分公司党委在聚焦主业方面做了一定工作。\n李卫华要求，两家分公司党委要对巡视反馈问题照单全收。",
        "feedback": {("公司党委第一巡视组", "天津分公司党委", "2020-12-23"), ("公司党委第二巡视组", "湖南分公司党委", "2020-12-23")},
        "not_teams": {"两家分公司党委第一巡视组", "两家分公司党委第二巡视组"},
        "issued": "2020-12-28",
    },
    "对A等村居党组织 / 对B、C等村（社区）党组织开展了巡察: a list closed by its villages' kind, the units it names": {
        "text": "区委第二巡察组完成村居巡察\n7月4日至8月5日，区委第二巡察组对七宝镇九星村党委等村居党组织开展了巡察。"
                "区委第三巡察组对新桥村、春申村等村（社区）党组织开展了巡察。",
        "inspections": {("区委第二巡察组", "七宝镇九星村党委"), ("区委第三巡察组", "新桥村"), ("区委第三巡察组", "春申村")},
        "issued": "2022-09-23",
    },
    "the same in Traditional, 對A等村（社區）黨組織開展巡察": {
        "text": "縣委第一巡察組進駐石門鎮\n4月7日至5月15日，縣委第一巡察組對石門鎮黨委開展了常規巡察，同步對石門村等村（社區）黨組織開展了巡察。",
        "inspections": {("县委第一巡察组", "石门镇党委"), ("县委第一巡察组", "石门村")},
        "issued": "2020-07-03",
    },
    "今年以来，市委已对A、B、C等8个乡镇及87个村（社区）开展巡察: 已 says it was done, whatever its verb's ending": {
        "text": "浏阳：村级巡察让“微腐败”无处遁形\n今年以来，浏阳市委采取“巡镇带村”方式，已对沙市镇、淳口镇、龙伏镇等8个乡镇及87个村（社区）开展巡察，"
                "共发现问题356个。",
        "inspections": {(None, "沙市镇"), (None, "淳口镇"), (None, "龙伏镇"), (None, "87个村(社区)")},
        "issued": "2019-09-17",
    },
    "the same in Traditional, 縣委巡察組已先後對A、B開展巡察": {
        "text": "村級巡察全覆蓋\n本屆以來，縣委巡察組已先後對城關鎮、河口鄉開展巡察，實現巡察全覆蓋。",
        "inspections": {("县委巡察组", "城关镇"), ("县委巡察组", "河口乡")},
        "issued": "2021-11-16",
    },
    "negative: 明年将对A开展巡察 / 要对B开展巡察 (what is to be done; no 已)": {
        "text": "县委巡察工作\n会议要求，明年将对城关镇开展巡察，要对河口乡开展巡察。",
        "inspections": set(),
        "issued": "2021-11-16",
    },
    "T对A开展了专项巡察，同步延伸巡察了市内4家国有粮库 / 轮次…同步延伸巡察了12个贫困村: units counted, none named": {
        "text": "市委第二巡察组向市发展和改革局党组反馈专项巡察情况\n2022年6月13日至7月22日，市委第二巡察组对富锦市发展和改革局党组开展了"
                "粮食购销领域专项巡察，同步延伸巡察了市内4家国有粮库。\n2020年4月至5月，十四届县委第三轮巡察对县扶贫开发局党组开展了扶贫领域专项巡察，"
                "同步延伸巡察了12个贫困村。",
        "inspections": {("富锦市委第二巡察组", "富锦市发展和改革局党组"), ("富锦市委第二巡察组", "市内4家国有粮库"),
                        (None, "县扶贫开发局党组"), (None, "12个贫困村")},
        "issued": "2022-09-09",
    },
    "the same in Traditional, 同步延伸巡察了轄區內3所學校": {
        "text": "區委第一巡察組進駐區教育局\n5月8日，區委第一巡察組對區教育局黨組開展了常規巡察，同步延伸巡察了轄區內3所學校。",
        "inspections": {("区委第一巡察组", "区教育局党组"), ("区委第一巡察组", "辖区内3所学校")},
        "issued": "2022-05-10",
    },
    "negative: X党委负责同志主持反馈会并就抓好巡察整改工作提出要求 (a person of the body presides and demands; X rectifies nothing)": {
        "text": "区委第二巡察组向九星村党委反馈巡察情况\n9月21日，区委第二巡察组向七宝镇九星村党委反馈巡察情况。"
                "七宝镇党委负责同志主持反馈会并就抓好巡察整改工作提出要求。",
        "inspections": {("区委第二巡察组", "七宝镇九星村党委")},
        "not_targets": {"七宝镇党委"},
        "issued": "2022-09-23",
    },
    "the same in Traditional, X黨委書記主持會議並就抓好巡察整改提出要求": {
        "text": "縣委第一巡察組向東街村黨支部反饋巡察情況\n5月6日，縣委第一巡察組向城關鎮東街村黨支部反饋巡察情況。"
                "城關鎮黨委書記主持會議並就抓好巡察整改提出要求。",
        "inspections": {("县委第一巡察组", "城关镇东街村党支部")},
        "not_targets": {"城关镇党委"},
        "issued": "2022-05-08",
    },
    "T对黔东南苗族侗族自治州进行了巡视…T向黔东南州委反馈: an autonomous prefecture and its committee by the short name, one unit": {
        "text": "省委第二巡视组向黔东南州反馈巡视情况\n2016年3月21日至5月20日，省委第二巡视组对黔东南苗族侗族自治州进行了巡视。"
                "7月13日，省委第二巡视组向黔东南州委反馈巡视情况。",
        "inspections": {("省委第二巡视组", "黔东南苗族侗族自治州")},
        "issued": "2016-07-15",
    },
    "the same in Traditional, 中共德宏州委關於…的通報: T對德宏傣族景頗族自治州開展了常規巡視": {
        "text": "中共德宏州委關於省委第七輪巡視整改進展情況的通報\n2018年10月15日至12月15日，省委第三巡視組對德宏傣族景頗族自治州開展了常規巡視。"
                "2019年1月24日，省委第三巡視組向德宏州委反饋了巡視意見。",
        "inspections": {("省委第三巡视组", "德宏傣族景颇族自治州")},
        "issued": "2019-05-17",
    },
    "negative: two autonomous banners by their full names (鄂温克族自治旗, 莫力达瓦达斡尔族自治旗) stay two units": {
        "text": "旗委巡察工作\n5月，盟委第一巡察组对鄂温克族自治旗开展了巡察，盟委第二巡察组对莫力达瓦达斡尔族自治旗开展了巡察。",
        "inspections": {("盟委第一巡察组", "鄂温克族自治旗"), ("盟委第二巡察组", "莫力达瓦达斡尔族自治旗")},
        "issued": "2021-06-01",
    },
    "省委巡视组对4个市开展了巡视。其中，T1对中共A市委…，T2对中共B市委…: 中共 before the committees, the round's count theirs": {
        "text": "凤鸣省委巡视整改公开\n2019年3月至5月，省委巡视组对4个市开展了巡视。其中，省委第一巡视组对中共凤城市委开展了常规巡视，"
                "省委第二巡视组对中共丹霞市委开展了常规巡视。",
        "inspections": {("省委第一巡视组", "中共凤城市委"), ("省委第二巡视组", "中共丹霞市委")},
        "issued": "2019-12-18",
    },
    "the same in Traditional, 省委巡視組對4個市開展了巡視。其中，T1對中共A市委…": {
        "text": "鳳鳴省委巡視整改公開\n2019年3月至5月，省委巡視組對4個市開展了巡視。其中，省委第一巡視組對中共鳳城市委開展了常規巡視，"
                "省委第二巡視組對中共丹霞市委開展了常規巡視。",
        "inspections": {("省委第一巡视组", "中共凤城市委"), ("省委第二巡视组", "中共丹霞市委")},
        "issued": "2019-12-18",
    },
    "a year's summary (…巡察办2021年工作总结…): 对A、B和C开展民生领域专项巡察, stated in the present, done": {
        "text": "晋江市委巡察办2021年工作总结及2022年工作计划\n（二）深入开展专项巡察。对市医保局、市人社局和晋江市医院开展民生领域专项巡察，"
                "发现医保基金监管不到位等问题。\n（一）持续深化政治巡察。2022年将对市财政局开展巡察。",
        "inspections": {(None, "市医保局"), (None, "市人社局"), (None, "晋江市医院")},
        "issued": "2022-02-11",
    },
    "the same in Traditional, 2023年巡察工作綜述: 縣委巡察組對A、B開展巡察 (no 了, no date)": {
        "text": "2023年巡察工作綜述\n縣委巡察組對城關鎮、河口鄉開展巡察，推動解決問題36個。",
        "inspections": {("县委巡察组", "城关镇"), ("县委巡察组", "河口乡")},
        "issued": "2024-01-10",
    },
    "negative: a page that is no summary (巡察工作要点): 对A开展巡察 stated in the present is a plan": {
        "text": "2024年县委巡察工作要点\n县委巡察组对城关镇、河口乡开展巡察，推动解决群众急难愁盼问题。",
        "inspections": set(),
        "issued": "2024-02-10",
    },
    "Traditional: 本輪巡視的26家央企為：A、B、C (the round's units by the press's word for their kind)": {
        "text": "中共中央巡視組 進駐26家央企\n根據中紀委網站，本輪巡視的26家央企為：中國石油天然氣集團公司、中國石油化工集團公司、中國海洋石油總公司。",
        "inspections": {(None, "中国石油天然气集团公司"), (None, "中国石油化工集团公司"), (None, "中国海洋石油总公司")},
        "issued": "2015-03-03",
    },
    "被巡视的14个省区市为A、B、C；16家中管企业则包括D、E等 (a kind, then 为 without a colon; a second kind's counted list)": {
        "text": "中共十九届首轮巡视启动\n据中纪委网站公布的进驻情况，被巡视的14个省区市为河北、山西、内蒙古；"
                "16家中管企业则包括中国石油天然气集团有限公司、中国华能集团有限公司等。",
        "inspections": {(None, "河北"), (None, "山西"), (None, "内蒙古"), (None, "中国石油天然气集团有限公司"),
                        (None, "中国华能集团有限公司")},
        "issued": "2018-02-28",
    },
    "对A、B等20个党组织开展巡察，发现问题513个 (its results counted: done); A、B等市属医疗卫生单位 (a kind of six characters)": {
        "text": "我市巡察工作去年发现问题500余个\n去年以来，市委开展巡察4轮，对圣城街道、文家街道等20个党组织开展巡察，发现问题513个。"
                "另对苏州市立医院、苏州市中医医院等市属医疗卫生单位开展了专项巡察。",
        "inspections": {(None, "圣城街道"), (None, "文家街道"), (None, "苏州市立医院"), (None, "苏州市中医医院")},
        "issued": "2017-01-20",
    },
    "the same in Traditional, 對市生態環境局、市農業農村局和宜昌城市發展投資集團有限公司開展專項巡察，發現問題36個 (a bureau, 和, a company)": {
        "text": "市委巡察工作\n對市生態環境局、市農業農村局和宜昌城市發展投資集團有限公司開展專項巡察，發現問題36個。",
        "inspections": {(None, "市生态环境局"), (None, "市农业农村局"), (None, "宜昌城市发展投资集团有限公司")},
        "issued": "2023-01-10",
    },
    "…开展巡察，其中T1巡察A、T2巡察B (a team's clause after a 、, each team its own unit)": {
        "text": "2017年市委巡察工作综述\n第一轮巡察对市林业局、市水利局、市农粮局开展巡察，其中市委第一巡察组巡察市林业局、市委第二巡察组巡察市水利局。",
        "inspections": {("市委第一巡察组", "市林业局"), ("市委第二巡察组", "市水利局"), (None, "市农粮局")},
        "issued": "2018-01-10",
    },
    "the same in Traditional, 其中，T在A發現，X (the unit where the team found its problems)": {
        "text": "2018年市委巡視工作綜述\n十二屆市委第三輪巡視對市發展改革委、市教委等13個單位黨組（黨委）開展常規巡視。"
                "其中，市委第三巡視組在市教委發現，推動教育資源疏解工作中存在責任落實不到位的問題。",
        "inspections": {(None, "市发展改革委"), ("市委第三巡视组", "市教委")},
        "issued": "2019-01-10",
    },
    "a unit whose name opens with 对 (对外经济贸易大学) ending a team's list before the next team's clause: no preposition": {
        "text": "教育部党组巡视整改公开\n具体分工为：教育部党组第一巡视组巡视北京外国语大学、北京语言大学；第二巡视组巡视中国传媒大学、对外经济贸易大学；"
                "第六巡视组巡视北京化工大学、中国矿业大学；第七巡视组巡视中国地质大学、中国石油大学。",
        "inspections": {("教育部党组第一巡视组", "北京外国语大学"), ("教育部党组第一巡视组", "北京语言大学"),
                        ("教育部党组第二巡视组", "中国传媒大学"), ("教育部党组第二巡视组", "对外经济贸易大学"),
                        ("教育部党组第六巡视组", "北京化工大学"), ("教育部党组第六巡视组", "中国矿业大学"),
                        ("教育部党组第七巡视组", "中国地质大学"), ("教育部党组第七巡视组", "中国石油大学")},
        "issued": "2019-06-21",
    },
    "the same in Traditional, …、對外經濟貿易大學；第六巡視組巡視A": {
        "text": "巡視整改公開\n具體分工為：教育部黨組第二巡視組巡視中國傳媒大學、對外經濟貿易大學；第六巡視組巡視北京化工大學。",
        "inspections": {("教育部党组第二巡视组", "中国传媒大学"), ("教育部党组第二巡视组", "对外经济贸易大学"),
                        ("教育部党组第六巡视组", "北京化工大学")},
        "issued": "2019-06-21",
    },
    "negative: 对 as a preposition before a unit (对北京语言大学开展巡视) still reads the unit": {
        "text": "巡视进驻\n教育部党组第二巡视组对北京语言大学开展了巡视。",
        "inspections": {("教育部党组第二巡视组", "北京语言大学")},
        "issued": "2019-06-21",
    },
    "T1分别向A、B，T2分别向C、D反馈 (each team's pair over a comma, 分别 in each; a place's committee shares no 党委)": {
        "text": "市委巡视组向4个单位反馈巡视情况\n11月24日至27日，市委第一巡视组分别向市海洋与渔业局党组、市城乡建设委员会党委，"
                "市委第二巡视组分别向城阳区委、市国资委党委反馈了巡视情况。",
        "feedback": {("市委第一巡视组", "市海洋与渔业局党组", None), ("市委第一巡视组", "市城乡建设委员会党委", None),
                     ("市委第二巡视组", "城阳区委", None), ("市委第二巡视组", "市国资委党委", None)},
        "not_targets": {"城阳区委党委"},
        "issued": "2014-12-01",
    },
    "the same in Traditional, T1分別對A、B，T2分別對C開展巡察": {
        "text": "市委巡察進駐\n9月5日，市委第一巡察組分別對市水利局黨組、市林業局黨組，市委第二巡察組分別對城關區委開展了巡察。",
        "inspections": {("市委第一巡察组", "市水利局党组"), ("市委第一巡察组", "市林业局党组"), ("市委第二巡察组", "城关区委")},
        "issued": "2014-12-01",
    },
    "negative: 甲村、乙村党支部 still share their body (villages, no place's committee)": {
        "text": "县委巡察\n县委第一巡察组对桃源村、石门村党支部开展了巡察。",
        "inspections": {("县委第一巡察组", "桃源村党支部"), ("县委第一巡察组", "石门村党支部")},
        "issued": "2014-12-01",
    },
    "a company's 城市建设投资 is no city's (云岫城市建设投资集团: no 云岫城市委第二巡察组)": {
        "text": "云岫城市建设投资集团有限公司党委关于巡察整改情况的通报\n2022年9月，市委第二巡察组对云岫城市建设投资集团有限公司党委开展了巡察，"
                "12月9日反馈了巡察意见。",
        "teams": {"市委第二巡察组"},
        "not_teams": {"云岫城市委第二巡察组"},
        "issued": "2023-01-01",
    },
    "the same in Traditional, 宜昌城市發展集團": {
        "text": "宜昌城市發展集團有限公司黨委關於巡察整改情況的通報\n2022年9月，市委第三巡察組對宜昌城市發展集團有限公司黨委開展了巡察。",
        "not_teams": {"宜昌城市委第三巡察组"},
        "issued": "2023-01-01",
    },
    "negative: 晋城市建设投资集团 is 晋城市's (a city whose name ends in 城)": {
        "text": "晋城市建设投资集团有限公司党委关于巡察整改情况的通报\n2022年9月，市委第二巡察组对晋城市建设投资集团有限公司党委开展了巡察。",
        "teams": {"晋城市委第二巡察组"},
        "issued": "2023-01-01",
    },
    "学院党委 on a page about one 学院 (its headline names it): that 学院": {
        "text": "机械与动力工程学院召开校党委第二巡察组巡察反馈会\n5月16日下午，学院召开校党委第二巡察组巡察反馈会。校党委第二巡察组"
                "组长向学院党委反馈了巡察情况。",
        "feedback": {("校党委第二巡察组", "机械与动力工程学院", "2024-05-16")},
        "issued": "2024-05-17",
    },
    "the same in Traditional, 醫院黨委 on a page about one 醫院": {
        "text": "寧波市第一醫院召開市委第四巡察組巡察反饋會\n11月8日，市委第四巡察組向醫院黨委反饋了巡察情況。",
        "feedback": {("宁波市委第四巡察组", "宁波市第一医院", "2023-11-08")},
        "issued": "2023-11-09",
    },
    "negative: 学院党委 on a page naming two 学院 (which one, unsaid: as written)": {
        "text": "校党委巡察反馈\n5月16日，校党委第二巡察组向学院党委反馈了巡察情况。机械学院、材料学院党员干部参加会议。",
        "feedback": {("校党委第二巡察组", "学院党委", "2024-05-16")},
        "issued": "2024-05-17",
    },
    "a unit's own site calling it 我局 / 我校 (its first line names it): the unit the site is named after": {
        "text": "株洲市市场监督管理局\n当前位置：首页 > 工作动态 > 局务动态\n市委第三巡察组进驻我局\n发布时间：2021-04-12\n"
                "4月9日，市委第三巡察组巡察我局党组工作动员会召开。",
        "inspections": {("株洲市委第三巡察组", "株洲市市场监督管理局党组")},
        "issued": "2021-04-12",
    },
    "the same in Traditional, 東北師範大學新聞網 … 我校召開T巡視反饋會 (a campus where it met is no unit)": {
        "text": "東北師範大學新聞網\n首頁 >> 師大要聞 >> 正文\n我校召開教育部黨組第二巡視組巡視反饋會\n7月1日上午，教育部黨組第二巡視組"
                "巡視情況反饋會在學校淨月校區召開。巡視組組長代表巡視組反饋了巡視情況。",
        "inspections": {("教育部党组第二巡视组", "东北师范大学")},
        "feedback": {("教育部党组第二巡视组", "东北师范大学", "2016-07-01")},
        "not_targets": {"学校净月校区"},
        "issued": "2016-07-04",
    },
    "negative: a headline on the first line is no site's name (市委第五巡察组进驻市人民医院 … 我院党委)": {
        "text": "市委第五巡察组进驻市人民医院\n3月5日，市委第五巡察组巡察我院党委工作动员会召开。",
        "not_targets": {"市委第五巡察组进驻市人民医院党委", "市委第五巡察组进驻市人民医院"},
        "issued": "2021-03-06",
    },
    "negative: 我局 on a county government's portal (a 政府, no 局: the word as written)": {
        "text": "永春县人民政府\n首页 > 部门动态\n市委第三巡察组进驻我局\n4月9日，市委第三巡察组巡察我局党组工作动员会召开。",
        "inspections": {("市委第三巡察组", "局党组")},
        "issued": "2021-04-12",
    },
    "在D召开的反馈会上，巡察组组长通报了巡察情况 (the day of the meeting a 近日 lead did not give)": {
        "text": "市委第五巡察组向江宁区谷里街道党工委反馈巡察情况\n近日，市委第五巡察组向江宁区谷里街道党工委反馈提级巡察情况。\n"
                "今年4月至5月，市委第五巡察组对江宁区谷里街道党工委开展了提级巡察。在7月3日召开的反馈会上，巡察组组长通报了巡察情况。",
        "feedback": {("市委第五巡察组", "江宁区谷里街道党工委", "2024-07-03")},
        "issued": "2024-07-05",
    },
    "the same in Traditional, 在7月3日舉行的反饋會議上": {
        "text": "縣委第二巡察組向縣水利局黨組反饋巡察情況\n日前，縣委第二巡察組向縣水利局黨組反饋巡察情況。在7月3日舉行的反饋會議上，"
                "巡察組組長通報了巡察情況。",
        "feedback": {("县委第二巡察组", "县水利局党组", "2024-07-03")},
        "issued": "2024-07-05",
    },
    "…作表态发言，表示学院党委将…: the speaker's verb is no part of a body's name (no 表示学院党委)": {
        "text": "机械与动力工程学院召开校党委第二巡察组巡察反馈会\n5月16日下午，机械与动力工程学院召开校党委第二巡察组巡察反馈会。"
                "学院党委书记作表态发言，表示学院党委将对反馈问题照单全收。",
        "not_targets": {"表示学院党委"},
        "not_teams": {"表示学院党委第二巡察组"},
        "issued": "2024-05-17",
    },
    "…动员会召开，标志着T正式进驻我馆: what an event marks is no part of the team's name (no 标志着市委第十巡察组)": {
        "text": "市委第十巡察组进驻我馆开展巡察\n9月6日下午，市委第十巡察组巡察杭州图书馆党委工作动员会召开，标志着市委第十巡察组正式进驻"
                "我馆开展为期一个半月的常规巡察。",
        "inspections": {("市委第十巡察组", "杭州图书馆党委")},
        "not_teams": {"标志着市委第十巡察组"},
        "issued": "2022-09-07",
    },
    "the same in Traditional, 意味著T正式進駐": {
        "text": "巡察進駐\n動員會召開，意味著縣委第二巡察組正式進駐縣水利局黨組開展常規巡察。",
        "inspections": {("县委第二巡察组", "县水利局党组")},
        "not_teams": {"意味着县委第二巡察组"},
        "issued": "2022-09-07",
    },
    "巡视组将重点监督检查A贯彻落实…情况 (the verb whole after its adverb: 集团党委, no 检查集团党委); 边防检查站 keeps its 检查": {
        "text": "省委第四巡视组巡视山东高速集团有限公司党委工作动员会召开\n巡视组将重点监督检查集团党委贯彻落实新发展理念情况。"
                "省委第二巡视组对深圳出入境边防检查站党委开展巡视。",
        "inspections": {("山东省委第四巡视组", "山东高速集团有限公司党委"), ("山东省委第二巡视组", "深圳出入境边防检查站党委")},
        "not_targets": {"检查集团党委"},
        "issued": "2019-05-10",
    },
    "T对我院党委开展常规巡视 … 这次巡视是首次对省属三级甲等公立医院开展的巡视 (the kind the inspection is of, no unit of its own; 甲等 no list's 等)": {
        "text": "省委第十一巡视组进驻我院\n省委第十一巡视组于10月中旬至12月中旬对四川省人民医院党委开展常规巡视。省委第十一巡视组组长指出，"
                "这次巡视是省委首次对省属三级甲等公立医院开展的巡视。",
        "inspections": {("四川省委第十一巡视组", "四川省人民医院党委")},
        "not_targets": {"省属三级甲", "省属三级甲等公立医院"},
        "issued": "2019-10-20",
    },
    "the same in Traditional, 對公立醫院開展巡察是…舉措 beside T對A開展巡察": {
        "text": "市委第五巡察組進駐我院\n市委第五巡察組於4月7日至6月上旬對南通市第一人民醫院黨委開展常規巡察。組長指出，對公立醫院開展巡察"
                "是市委推進全面從嚴治黨向基層延伸的重要舉措。",
        "inspections": {("南通市委第五巡察组", "南通市第一人民医院党委")},
        "not_targets": {"公立医院"},
        "issued": "2021-04-08",
    },
    "negative: 来信请寄X区委巡察办: the verb before a committee is no part of its place (no 寄锦川区委第三巡察组)": {
        "text": "锦川区委第三巡察组向锦川区新桥镇党委反馈巡察情况。\n来信请寄锦川区委巡察办（锦川区政务服务中心4楼），邮编：739100。",
        "teams": {"锦川区委第三巡察组"},
        "not_teams": {"寄锦川区委第三巡察组"},
    },
    "the same in Traditional, 郵寄至縣委巡察辦": {
        "text": "青川縣委第二巡察組向青川縣木魚鎮黨委反饋巡察情況。\n意見建議可郵寄至青川縣委巡察辦。",
        "teams": {"青川县委第二巡察组"},
        "not_teams": {"寄至青川县委第二巡察组", "至青川县委第二巡察组"},
    },
    "negative: a police patrol (对辖区夜市、烧烤摊点开展巡逻巡察) on a page naming no team and no Party body": {
        "text": "北湖公安开展“夏夜护航”巡察行动\n来源：区公安分局　　日期：2022-07-26\n7月以来，北湖公安分局启动集中巡察行动，"
                "对辖区夜市、烧烤摊点、娱乐场所、河道沿线等重点部位开展巡逻巡察。截至目前，共巡察重点场所430余家次。",
        "no_inspections": True,
    },
    "the same in Traditional, a market bureau's patrol of shops": {
        "text": "市場監管局開展節前食品安全巡察\n近日，區市場監管局對轄區超市、農貿市場、餐飲店、食品加工作坊等場所開展專項巡察。",
        "no_inspections": True,
    },
    "a round's units on a page naming no team and no Party body by 党, but its committee and round (县委第三轮巡察)": {
        "text": "县委第三轮巡察完成进驻\n十一届县委第三轮巡察对县教育局、县民政局、县水利局开展常规巡察。",
        "inspections": {(None, "县教育局"), (None, "县民政局"), (None, "县水利局")},
    },
    "a round's feedback news: 其中,X党组存在A、B、C等问题 in a leader's speech, the only list on the page": {
        "text": "市委第五轮巡察集中反馈\n9月14日，九届市委第五轮巡察集中反馈会议召开。会上，市委第一巡察组向市应急管理局党组反馈巡察情况。\n"
                "滕永胜指出，本轮巡察发现了一批问题。其中，市应急管理局党组存在安全生产专项整治推进不力、应急物资储备不足、"
                "执法检查“宽松软”等问题。",
        "issues": {"安全生产专项整治推进不力", "应急物资储备不足", "执法检查“宽松软”"},
    },
    "the same in Traditional, 某鎮黨委還存在": {
        "text": "縣委第三輪巡察反饋會召開\n6月3日，縣委第二巡察組向石門鎮黨委反饋巡察情況。\n會議指出，巡察取得了預期效果。"
                "其中，石門鎮黨委還存在集體「三資」管理不規範、惠民資金發放審核不嚴等問題。",
        "issues": {"集体「三资」管理不规范", "惠民资金发放审核不严"},
    },
    "negative: 其中,X党组存在A、B等问题 on a page that tells of no feedback (a meeting's speech)": {
        "text": "全市安全生产工作会议召开\n9月14日，全市安全生产工作会议召开。市长滕永胜指出，其中，市应急管理局党组存在"
                "安全生产专项整治推进不力、应急物资储备不足等问题。",
        "no_issues": True,
    },
    "T、T分别联动巡察A、B / T联动巡察C: the kind of inspection between the adverb and its verb": {
        "text": "据悉，东陵市委第一巡察组、第二巡察组分别联动巡察市住房和城乡建设局党组、市自然资源和规划局党组，东陵市委第三巡察组"
                "联动巡察市城市投资发展集团有限公司党委；所辖静川县委第一巡察组上下联动巡察静川县城关镇党委。",
        "inspections": {("东陵市委第一巡察组", "市住房和城乡建设局党组"), ("东陵市委第二巡察组", "市自然资源和规划局党组"),
                        ("东陵市委第三巡察组", "市城市投资发展集团有限公司党委"), ("静川县委第一巡察组", "静川县城关镇党委")},
    },
    "the same in Traditional, 分別提級巡察": {
        "text": "市委第四巡察組、第五巡察組分別提級巡察臨川縣自然資源局黨組、臨川縣林業局黨組。",
        "inspections": {("市委第四巡察组", "临川县自然资源局党组"), ("市委第五巡察组", "临川县林业局党组")},
    },
    "negative: T联动巡察工作推进会召开 names no unit inspected": {
        "text": "东陵市委第一巡察组联动巡察工作推进会召开，市委巡察办主任出席会议。",
        "no_inspections": True,
    },
    "negative: a fire brigade's 3个消防安全巡察组 and its 巡察组 (a generic team on a page naming no Party body)": {
        "text": "县消防救援大队开展节前消防安全巡察\n2月2日至4日，县消防救援大队联合县应急管理局组成3个消防安全巡察组，对全县大型商场、"
                "农贸市场、烟花爆竹经营网点等人员密集场所开展节前消防安全巡察。巡察中，巡察组重点检查了消防设施器材。",
        "no_inspections": True,
    },
    "the same in Traditional, a police station's 夜間巡邏巡察組": {
        "text": "金灣派出所開展夜間巡邏巡察\n近期，金灣派出所組成6個夜間巡邏巡察組，對轄區夜市、燒烤大排檔、廣場公園等重點部位開展"
                "全覆蓋巡邏巡察。巡察組每晚巡查。",
        "no_inspections": True,
    },
    "a generic team (巡察组) on a page that names a Party body elsewhere still inspects": {
        "text": "2023年3月，巡察组入驻县林业局开展巡察。局党组书记主持进驻动员会。",
        "inspections": {("巡察组", "县林业局")},
    },
    "T：A、B；组长X；: a team's line with its leader after its units (no unit)": {
        "text": "根据市委统一部署，本轮巡察分组安排如下：\n市委第一巡察组：市发展和改革局党组、市统计局党组；组长曹光明；\n"
                "市委第二巡察组：市财政局党组、市审计局党组；组长严雪；\n",
        "inspections": {("市委第一巡察组", "市发展和改革局党组"), ("市委第一巡察组", "市统计局党组"), ("市委第二巡察组", "市财政局党组"),
                        ("市委第二巡察组", "市审计局党组")},
        "posts": {("曹光明", "组长", "市委第一巡察组")},
    },
    "the same in Traditional, 組長：X，副組長：Y after the units": {
        "text": "本輪巡察分組安排如下：\n縣委第一巡察組：縣民政局黨組、縣司法局黨組，組長：何文斌，副組長：孟凡。\n"
                "縣委第二巡察組：縣水利局黨組、縣林業局黨組，組長：鄒建軍。\n",
        "inspections": {("县委第一巡察组", "县民政局党组"), ("县委第一巡察组", "县司法局党组"), ("县委第二巡察组", "县水利局党组"),
                        ("县委第二巡察组", "县林业局党组")},
    },
    "T：A、B、C (the page cut in C after a 科 of 科学, no unit's word): the units before it": {
        "text": "本轮巡察派出3个巡察组。具体安排如下：\n校党委第一巡察组：机械工程学院党委、法学院党委；\n"
                "校党委第二巡察组：化学化工学院党委、生命科学学院党委、环境科学与工",
        "inspections": {("校党委第一巡察组", "机械工程学院党委"), ("校党委第一巡察组", "法学院党委"),
                        ("校党委第二巡察组", "化学化工学院党委"), ("校党委第二巡察组", "生命科学学院党委")},
        "not_targets": {"环境科学与工"},
    },
    "the same in Traditional, cut after 科技 (資訊科技與工)": {
        "text": "具體安排如下：\n校黨委第一巡察組：外國語學院黨委、新聞學院黨委、資訊科技與工",
        "inspections": {("校党委第一巡察组", "外国语学院党委"), ("校党委第一巡察组", "新闻学院党委")},
    },
    "negative: the page cut right after a 科 that is a unit's word (…、骨科党): no unit of it": {
        "text": "具体安排如下：\n院党委第一巡察组：内科党总支、外科党总支、骨科党",
        "inspections": {("院党委第一巡察组", "内科党总支"), ("院党委第一巡察组", "外科党总支")},
        "not_targets": {"骨科党"},
    },
    "T alone on its line over lines of A（day）: each unit's feedback on the day in brackets after it": {
        "text": "8月14日至15日，市委第三巡察组分别向被巡察党组织反馈巡察情况：\n市委第三巡察组\n\u3000城北区北关街道党工委（8月14日）\n"
                "\u3000北关街道东风社区党委（8月14日）\n\u3000城北区长庆街道党工委（8月15日）\n反馈会上，巡察组指出了存在的问题。",
        "issued": "2023-08-20",
        "feedback": {("市委第三巡察组", "城北区北关街道党工委", "2023-08-14"), ("市委第三巡察组", "北关街道东风社区党委", "2023-08-14"),
                     ("市委第三巡察组", "城北区长庆街道党工委", "2023-08-15")},
    },
    "the same in Traditional, the day and its half-day in brackets": {
        "text": "10月8日至9日，縣委第二巡察組分別向被巡察黨組織反饋巡察情況：\n縣委第二巡察組\n石門鎮黨委（10月8日上午）\n"
                "柳河鄉黨委（10月9日下午）\n",
        "issued": "2023-10-12",
        "feedback": {("县委第二巡察组", "石门镇党委", "2023-10-08"), ("县委第二巡察组", "柳河乡党委", "2023-10-09")},
    },
    "negative: days in brackets after the page's date are a schedule of what is to come, no feedback given": {
        "text": "市委第三巡察组将分别向被巡察党组织反馈巡察情况：\n市委第三巡察组\n城北区北关街道党工委（8月24日）\n"
                "北关街道东风社区党委（8月25日）\n",
        "issued": "2023-08-20",
        "not_feedback_targets": {"城北区北关街道党工委", "北关街道东风社区党委"},
    },
    "A、B、C等企业亦公布整改进展 under a headline on the round's rectification (no 巡 in the sentence): units inspected": {
        "text": "34家央企晒巡视整改成绩单\n电力企业方面，国家电网、南方电网、华能集团、大唐集团、三峡集团等企业亦公布整改进展。",
        "inspections": {(None, t) for t in ("国家电网", "南方电网", "华能集团", "大唐集团", "三峡集团")},
    },
    "the same in Traditional, A、B等高校也公布了整改進展": {
        "text": "中管高校集中公佈巡視整改進展情況\n北京大學、清華大學、復旦大學等高校也公佈了整改進展。",
        "inspections": {(None, t) for t in ("北京大学", "清华大学", "复旦大学")},
    },
    "negative: the site that publishes others' rectification (网站亦公布整改进展) is no unit inspected": {
        "text": "34家央企晒巡视整改成绩单\n中央纪委国家监委网站亦公布整改进展。",
        "no_inspections": True,
    },
    "the same under a site's breadcrumb above the headline (香港商报网 > 中国 > 内地新闻), the headline the page's title": {
        "text": "香港商报网 > 中国 > 内地新闻\n34家央企晒巡视整改成绩单\n2025-04-23 08:32\n汽车、冶金企业方面，一汽集团、东风公司、"
                "中国五矿、鞍钢集团等企业亦公布了整改进展。",
        "inspections": {(None, t) for t in ("一汽集团", "东风公司", "中国五矿", "鞍钢集团")},
    },
    "A、B、C等高校公布的通报显示 on a page on the round's rectification: the units that published, inspected": {
        "text": "34所中管高校集中公布中央巡视整改进展情况\n北京大学、清华大学、中国人民大学等高校公布的通报显示，相关高校围绕巡视反馈问题"
                "修订完善了招生、基建等方面制度。",
        "inspections": {(None, t) for t in ("北京大学", "清华大学", "中国人民大学")},
    },
    "the same in Traditional, …等企業公佈的通報稱": {
        "text": "央企巡視整改進展情況陸續公佈\n中國移動、中國電信、中國聯通等企業公佈的通報稱，已完成整改問題百餘個。",
        "inspections": {(None, t) for t in ("中国移动", "中国电信", "中国联通")},
    },
    "negative: a discipline commission's notice (市纪委监委公布的通报显示) on a page on no rectification": {
        "text": "市纪委监委通报3起违反中央八项规定精神问题\n市纪委监委公布的通报显示，某局原局长违规收受礼金。",
        "no_inspections": True,
    },
    "negative: 从近年来各被巡视党组织公布的整改进展情况看 (a commentary's viewpoint) names no unit": {
        "text": "做实巡视整改后半篇文章\n从近年来各被巡视党组织公布的整改进展情况看，整改工作总体扎实有效。",
        "no_inspections": True,
    },
    "negative: the same in Traditional, 從去年各被巡察單位公佈的整改情況看": {
        "text": "做實巡察整改後半篇文章\n從去年各被巡察單位公佈的整改情況看，整改工作總體紮實。",
        "no_inspections": True,
    },
    "T巡视的A、B2家企业党组也公布了整改进展情况: the units of the team named before them, whose publishing says they were inspected": {
        "text": "二十届中央第一轮巡视整改进展情况集中公布\n其中，中央第一巡视组巡视的中国石油、中国石化等2家企业党组公布了巡视整改进展情况；"
                "中央第二巡视组巡视的国家电网、南方电网2家企业党组也公布了整改进展情况。",
        "inspections": {("中央第一巡视组", "中国石油"), ("中央第一巡视组", "中国石化"), ("中央第二巡视组", "国家电网"),
                        ("中央第二巡视组", "南方电网")},
    },
    "the same in Traditional, 亦已公佈": {
        "text": "中央第一輪巡視整改進展情況集中公佈\n中央第三巡視組巡視的中國移動、中國電信2家企業黨組亦已公佈整改進展情況。",
        "inspections": {("中央第三巡视组", "中国移动"), ("中央第三巡视组", "中国电信")},
    },
    "negative: T巡视期间也公布了值班电话 (what the team published while inspecting) names no unit": {
        "text": "中央第一轮巡视整改进展情况集中公布\n中央第二巡视组巡视期间也公布了值班电话和邮政信箱。",
        "no_inspections": True,
    },
    # ---------------------------------------------------------------- a round's sentence goes on: 同时，对X开展提级巡视 / 分别对A、B同步开展
    "本轮巡视对A开展常规巡视。同时，对B、C开展提级巡视: the next sentence goes on the round's": {
        "text": "省委第三轮巡视动员部署会召开\n本轮巡视对省林业局党组、省地质勘查局党委开展常规巡视。同时，对望海县委、"
                "石牌县委开展提级巡视。",
        "inspections": {(None, t) for t in ("省林业局党组", "省地质勘查局党委", "望海县委", "石牌县委")},
    },
    "the same in Traditional, 此輪巡察…。另外，對B開展機動巡察": {
        "text": "市委第五輪巡察動員部署會召開\n此輪巡察對市水利局黨組、市林業局黨組開展常規巡察。另外，對市城投集團黨委開展機動巡察。",
        "inspections": {(None, t) for t in ("市水利局党组", "市林业局党组", "市城投集团党委")},
    },
    "negative: 同时，对部分县区开展提级巡视 (a kind of unit, none named) after the round's sentence": {
        "text": "省委第三轮巡视动员部署会召开\n本轮巡视对省林业局党组开展常规巡视。同时，对部分县区开展提级巡视。",
        "inspections": {(None, "省林业局党组")},
    },
    "T1、T2分别对A、B同步开展联动巡察 (同步 between the units and the verb)": {
        "text": "省委第六巡视组对白鹭市委开展常规巡视。白鹭市委第一、第二巡察组分别对芦花县委、石井县委同步开展联动巡察。",
        "inspections": {("省委第六巡视组", "白鹭市委"), ("白鹭市委第一巡察组", "芦花县委"), ("白鹭市委第二巡察组", "石井县委")},
    },
    "the same in Traditional, 分別對A、B同步開展巡察": {
        "text": "縣委第一、第二巡察組分別對東山鎮黨委、西河鄉黨委同步開展常規巡察。",
        "inspections": {("县委第一巡察组", "东山镇党委"), ("县委第二巡察组", "西河乡党委")},
    },
    # ---------------------------------------------------------------- a team's notice by its title; a unit with its second name
    "T关于巡视X的公告 (a team's notice to the unit, as its headline)": {
        "text": "省委第八巡视组关于巡视省科学技术厅党组的公告\n根据省委统一部署，省委第八巡视组进驻后受理来信来访，受理时间截至5月20日。",
        "inspections": {("省委第八巡视组", "省科学技术厅党组")},
    },
    "the same in Traditional, T關於巡察X工作的通告": {
        "text": "市委第二巡察組關於巡察市住房和城鄉建設局黨組工作的通告\n市委第二巡察組進駐後設立值班電話，受理來信來訪。",
        "inspections": {("市委第二巡察组", "市住房和城乡建设局党组")},
    },
    "negative: T关于巡视工作的公告 (no unit named) gives no inspection": {
        "text": "省委第八巡视组关于巡视工作的公告\n省委第八巡视组设立值班电话，受理来信来访。",
        "no_inspections": True,
    },
    "T：X（second name） on the team's line: the unit, named by the name before its brackets": {
        "text": "二、省直单位\n省委第四巡视组：省委宣传部\n省委第十巡视组：省委党校（省行政学院）\n本轮巡视共对14个地方和单位党组织开展巡视。",
        "inspections": {("省委第四巡视组", "省委宣传部"), ("省委第十巡视组", "省委党校")},
    },
    "the same in Traditional, 市委黨校（市行政學院）": {
        "text": "市委第三巡察組：市委黨校（市行政學院）\n市委第四巡察組：市文化廣電和旅遊局黨組",
        "inspections": {("市委第三巡察组", "市委党校"), ("市委第四巡察组", "市文化广电和旅游局党组")},
    },
    # ---------------------------------------------------------------- a copy a word segmenter spaced
    "a page whose sentences a segmenter spaced into words (省 委第三巡视组巡视云 岭市): the words joined again": {
        "text": "省委第三巡视 组巡视云岭市 工作 动员 会召开\n4月12日，省 委第三巡视组巡视云 岭市 工作动员会召 开。会前，省委第三巡视组组 长韩志军主 持"
                "召 开与市委书记的见面沟通会。\n韩志军 指出，根据 省委统一部署，省委第三巡视组将 对云岭 市开展为期两个月左右的 常 规巡 视，"
                "同时对云岭市下辖的青 川县进行提级巡视。\n宋明辉表示，市委坚决拥 护省委决定，诚恳 接受省委巡视组的 监督检查。",
        "normalised": ["省委第三巡视组巡视云岭市工作动员会召开", "对云岭市开展为期两个月左右的常规巡视"],
        "inspections": {("省委第三巡视组", "云岭市"), ("省委第三巡视组", "青川县")},
    },
    "the same in Traditional, 省委第二 巡 視組向省交通運輸廳黨 組反饋": {
        "text": "11月29日，省委第二 巡 視組向省交通運輸廳黨 組反饋巡視情 況。巡視組指出，廳黨組存 在的主要問題是：落實交通強省建設部署推進不夠"
                "有力，部分重點交通 項目 建 設滯後。\n兩個巡視組組 長均就抓好 巡 視整 改提出意見建議，要 強化政治擔當，把巡視整改作為重要政 治 任務。\n"
                "青崗市委、省交通運輸廳 黨組主要負責同志表示，誠懇接受，堅決整 改。",
        "normalised": ["省委第二巡视组向省交通运输厅党组反馈巡视情况"],
        "inspections": {("省委第二巡视组", "省交通运输厅党组")},
    },
    "negative: units a team's line parts by spaces stay apart where the page's sentences are not spaced": {
        "text": "县委第五轮巡察进驻情况\n根据县委统一部署，县委第五轮巡察3个巡察组近日完成进驻。\n第一巡察组：县委办公室 县政协办公室 县委统战部\n"
                "巡察期间设值班电话，受理来信来访。",
        "inspections": {("第一巡察组", t) for t in ("县委办公室", "县政协办公室", "县委统战部")},
    },
    # ---------------------------------------------------------------- units named after a count, in the less usual ways
    "被巡察单位共8个党组织，分别是：A、B…: the units the count stands for": {
        "text": "4月10日，青溪县委第三巡察组进驻全县3个乡镇，开展常规巡察。本轮巡察采取“一托三”方式进行，被巡察单位共3个党组织，"
                "分别是：白石镇党委、柳河镇党委、杏林乡党委。",
        "inspections": {("青溪县委第三巡察组", "白石镇党委"), ("青溪县委第三巡察组", "柳河镇党委"), ("青溪县委第三巡察组", "杏林乡党委")},
        "issued": "2023-04-11",
    },
    "被巡察的5个村（社区）分别是: the kind's second name in brackets (Traditional)": {
        "text": "8月14日，樂塘縣委第六巡察組召開村級巡察工作動員會，對紅旗鎮所轄3個村（社區）開展村級巡察。\n"
                "據了解，本次村級巡察時間為1個月左右。被巡察的3個村（社區）分別是：紅旗社區、新建村、向陽村。",
        "inspections": {("乐塘县委第六巡察组", "红旗社区"), ("乐塘县委第六巡察组", "新建村"), ("乐塘县委第六巡察组", "向阳村")},
        "issued": "2023-08-15",
    },
    "对N家单位开展巡视，其中包括A、B3家监管机构，以及C、D等国有金融企业: the named units too": {
        "text": "十九届中央第八轮巡视将对25家金融单位党组织开展常规巡视，其中包括国家金融监管总署、国家外汇储备管理局、"
                "中国证券期货监察委员会3家监管机构，以及中国华信银行、中国农垦信贷银行等国有金融企业。",
        "inspections": {(None, "25家金融单位党组织"), (None, "国家金融监管总署"), (None, "国家外汇储备管理局"),
                        (None, "中国证券期货监察委员会"), (None, "中国华信银行"), (None, "中国农垦信贷银行")},
    },
    "本轮巡视的其余对象包括A、B、C等，…: the list ends at 等 before the comma (Traditional)": {
        "text": "十三屆海嶠省委第十一輪巡視日前全面啓動。其中，海嶠省委第二巡視組進駐珠灣市委。本輪巡視的其餘對象包括"
                "海嶠省交通運輸廳黨組、海嶠大學黨委等，通稿未列明由哪個巡視組負責。",
        "inspections": {("省委第二巡视组", "珠湾市委"), (None, "海峤省交通运输厅党组"), (None, "海峤大学党委")},
    },
    "此外，A及B亦迎来巡视组进驻: units a team the page does not name entered": {
        "text": "十九届中央第四轮巡视日前全面展开。中央第四巡视组则进驻江北省委。此外，西陵省委及云峤省委亦迎来巡视组进驻。",
        "inspections": {("中央第四巡视组", "江北省委"), (None, "西陵省委"), (None, "云峤省委")},
    },
    "A迎来了T的进驻 (Traditional): the team named": {
        "text": "3月5日，青禾縣交通運輸局黨組迎來了縣委第二巡察組的進駐。",
        "inspections": {("青禾县委第二巡察组", "青禾县交通运输局党组")},
        "issued": "2024-03-06",
    },
    "A、B等多个被巡视党组织相继公布整改“账单”: the units, not the vague count": {
        "text": "中纪委网站近日集中公布十九届中央第九轮巡视整改进展情况，北辰省委、东海省委、宁北回族自治区党委等多个被巡视党组织"
                "相继公布整改“账单”。",
        "inspections": {(None, "北辰省委"), (None, "东海省委"), (None, "宁北回族自治区党委")},
    },
    "此外，A、B亦公布了整改情况 (Traditional)": {
        "text": "中央第二巡視組對中國北方航運集團黨委進行了巡視。此外，國家糧儲發展總公司、中國遠洋漁業集團亦公佈了整改情況。",
        "inspections": {("中央第二巡视组", "中国北方航运集团党委"), (None, "国家粮储发展总公司"), (None, "中国远洋渔业集团")},
    },
    "negative: 对重要用户、医院、供水企业等保供电线路开展了重点巡视: lines patrolled, no units": {
        "text": "此外，该公司还对重要用户、医院、供水企业等保供电线路开展了重点巡视，督促用户做好自备电源检查。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a unit's own site: the units the inspection extended to
    "T向A反馈。同日，巡察组分别向延伸巡察的B、C反馈…同步对上述2个单位开展了延伸巡察 (another team on the page): T's": {
        "text": "7月12日下午，市委第三巡察组向澄岚市第一人民医院党委反馈巡察情况。同日，巡察组分别向延伸巡察的东湖院区党总支、"
                "后勤保障中心党支部反馈了延伸巡察情况。\n2023年3月20日至5月19日，市委第三巡察组对我院党委开展了常规巡察，同步对"
                "医院所属的上述2个单位党组织开展了延伸巡察。\n2022年，院党委第一巡察组对检验科党支部开展了巡察。",
        "inspections": {("澄岚市委第三巡察组", "澄岚市第一人民医院党委"), ("澄岚市委第三巡察组", "东湖院区党总支"),
                        ("澄岚市委第三巡察组", "后勤保障中心党支部"), ("院党委第一巡察组", "检验科党支部")},
        "feedback": {("澄岚市委第三巡察组", "澄岚市第一人民医院党委", "2023-07-12"), ("澄岚市委第三巡察组", "东湖院区党总支", "2023-07-12"),
                     ("澄岚市委第三巡察组", "后勤保障中心党支部", "2023-07-12")},
        "issued": "2023-07-14",
    },
    "negative: 巡察组要及时向被巡察党组织反馈问题 after a team's sentence: a duty, whichever team": {
        "text": "2023年8月至10月，县委第一巡察组对县审计局开展常规巡察。会议要求，巡察组要及时向被巡察党组织反馈问题。",
        "inspections": {("县委第一巡察组", "县审计局")},
        "feedback": set(),
        "issued": "2024-03-27",
    },
    "本次被巡察的村（社区）党组织为：A、B、C after T将对X镇3个村（社区）党组织开展…巡察: T's (Traditional)": {
        "text": "根據縣委統一部署，縣委第五巡察組將對杉坪鎮3個村（社區）黨組織開展為期約40天的村級巡察。本次被巡察的村（社區）"
                "黨組織為：杉坪社區黨總支、岩口村黨支部、沙灣村黨支部。",
        "inspections": {("县委第五巡察组", "杉坪社区党总支"), ("县委第五巡察组", "岩口村党支部"), ("县委第五巡察组", "沙湾村党支部")},
    },
    "延伸巡察单位如下：⏎序号 单位名称 巡察方式⏎1 A 延伸巡察…: the units of the team said before": {
        "text": "4月2日，省农信联社党委第二巡察组进驻雁湖农村商业银行股份有限公司党委开展常规巡察，并同步对我行3个基层党组织开展延伸巡察。\n"
                "本次延伸巡察单位如下：\n序号　单位名称　　　　巡察方式\n1　　营业部党支部　　　延伸巡察\n2　　城关支行党支部　　延伸巡察\n"
                "3　　东津支行党支部　　延伸巡察\n",
        "inspections": {("省农信联社党委第二巡察组", "雁湖农村商业银行股份有限公司党委"), ("省农信联社党委第二巡察组", "3个基层党组织"),
                        ("省农信联社党委第二巡察组", "营业部党支部"), ("省农信联社党委第二巡察组", "城关支行党支部"),
                        ("省农信联社党委第二巡察组", "东津支行党支部")},
        "issued": "2024-04-08",
    },
    "the same with 序号 延伸巡视单位 备注 (Traditional)": {
        "text": "省委第六巡視組將對北嶺礦業集團有限責任公司黨委開展專項巡視，同步對集團所屬2家二級企業黨組織開展延伸巡視。延伸巡視單位如下：\n"
                "序號　延伸巡視單位　　　　　　　備註\n1　　北嶺礦業股份有限公司黨委　　上市公司\n2　　北嶺稀土新材料有限公司黨支部　控股\n",
        "inspections": {("省委第六巡视组", "北岭矿业集团有限责任公司党委"), ("省委第六巡视组", "2家二级企业党组织"),
                        ("省委第六巡视组", "北岭矿业股份有限公司党委"), ("省委第六巡视组", "北岭稀土新材料有限公司党支部")},
    },
    "negative: 对被巡察行部分支行、部室党组织开展延伸巡察: some, none named, no units": {
        "text": "省农信联社党委本轮巡察对雁湖农商银行、沅北农商银行开展常规巡察，同时对被巡察行部分支行、部室党组织开展延伸巡察。",
        "inspections": {(None, "雁湖农商银行"), (None, "沅北农商银行")},
    },
    "negative: 各被延伸巡察党支部要比照总行党委配合要求: no organisation's name runs over 比照": {
        "text": "会议要求，各被延伸巡察党支部要比照总行党委配合要求做好准备。2023年，行党委第一巡察组对东津支行党支部开展了行内巡察。",
        "teams": {"总行党委第一巡察组"},
    },
    # ---------------------------------------------------------------- the press on a whole round
    "T进驻A党组（短名）和B党组（短名）: the press's short names in brackets are no part of the units": {
        "text": "中央第一巡视组进驻中国石油天然气集团有限公司党组（中石油）和中国海洋石油集团有限公司党组（中海油）；中央第十二巡视组"
                "进驻中国人寿保险（集团）公司党委（国寿）。",
        "inspections": {("中央第一巡视组", "中国石油天然气集团有限公司党组"), ("中央第一巡视组", "中国海洋石油集团有限公司党组"),
                        ("中央第十二巡视组", "中国人寿保险(集团)公司党委")},
    },
    "the same in Traditional, 本輪巡視名單還包括A（短名）、B…3家單位，官方通報未有列明…: the list ends at its count": {
        "text": "中央第二巡視組進駐國家電網有限公司黨組（國家電網），中央第九巡視組進駐中國南方電網有限責任公司黨組（南方電網）。此外，本輪巡視名單還包括中國電信集團有限公司（中國電信）、"
                "中國聯合網絡通信集團有限公司（中國聯通）及中國光大集團股份公司（光大集團）3家單位，官方通報未有列明由哪一個巡視組負責。",
        "inspections": {("中央第二巡视组", "国家电网有限公司党组"), ("中央第九巡视组", "中国南方电网有限责任公司党组"),
                        (None, "中国电信集团有限公司"), (None, "中国联合网络通信集团有限公司"),
                        (None, "中国光大集团股份公司")},
    },
    "negative: a short name in brackets whose characters are not the name's is kept (县林业局党组（县林草局）)": {
        "text": "县委第一巡察组对县林业局党组（县林草局）开展巡察。",
        "inspections": {("县委第一巡察组", "县林业局党组")},
    },
    "negative: A等12家中管企业，B等3家中管金融企业，以及C等5所中管高校 (Traditional): the list runs over its groups": {
        "text": "二十屆中央第六輪巡視將對35個黨組織展開常規巡視，巡視對象包括國家發展和改革委員會、教育部等15個中央和國家機關，"
                "中國華晟能源集團等12家中管企業，中國鴻遠銀行等3家中管金融企業，以及華川大學等5所中管高校。",
        "inspections": {(None, "35个党组织"), (None, "国家发展和改革委员会"), (None, "教育部"), (None, "中国华晟能源集团"),
                        (None, "中国鸿远银行"), (None, "华川大学")},
    },
    "T本轮巡视了A和B: the time word between the team and its verb": {
        "text": "省委第三巡视组同时巡视了东川省教育厅党组和东川大学党委。省委第八巡视组本轮巡视了东川理工大学党委和东川医科大学党委。",
        "inspections": {("省委第三巡视组", "东川省教育厅党组"), ("省委第三巡视组", "东川大学党委"), ("省委第八巡视组", "东川理工大学党委"),
                        ("省委第八巡视组", "东川医科大学党委")},
    },
    "negative: 例如A市委就表明: no name opens with 例如": {
        "text": "省委第一巡视组对临川市进行了巡视，并于12月18日向临川市委反馈了巡视意见。例如臨川市委就表明剩餘7個問題須在今年6月底前清零。",
        "inspections": {("省委第一巡视组", "临川市委")},
        "issued": "2021-03-01",
    },
    "A的整改通报提到，T反馈的问题… / A则表示，已就T指出的问题… / A方面，通报称T反馈的意见…: the unit whose report it is": {
        "text": "东川省委巡视整改晒成绩单\n东川省交通运输厅党组的通报提到，省委第四巡视组反馈的问题主要集中在公路建设领域；"
                "东川省自然资源厅党组则表示，已就省委第十巡视组指出的“违规调整土地规划”问题，对5名处级干部进行了问责。\n"
                "凤翔市委方面，通报称“省委第七巡视组反馈的意见实事求是、切中要害”。",
        "inspections": {("省委第四巡视组", "东川省交通运输厅党组"), ("省委第十巡视组", "东川省自然资源厅党组"), ("省委第七巡视组", "凤翔市委")},
    },
    "A（short）的通報，是…。通報指，T於…反饋巡視意見後 (Traditional): the unit of the report the sentence before opened": {
        "text": "東川省委巡視整改曬成績單\n東川省農村信用社聯合社黨委（省農信聯社）的通報，是今輪整改通報中問責人數最多的一份。"
                "通報指，省委第六巡視組於12月17日反饋巡視意見後，聯社黨委成立了整改工作領導小組。",
        "inspections": {("省委第六巡视组", "东川省农村信用社联合社党委")},
    },
    "negative: A的通报显示，T向B反馈: the unit 向 names, not the report's": {
        "text": "东川省纪委监委的通报显示，省委第二巡视组向白沙市委反馈了巡视意见。",
        "inspections": {("省委第二巡视组", "白沙市委")},
    },
    "T巡视A（short）后，于…反馈意见: the unit before 后": {
        "text": "省委第九巡视组巡视东川省卫生健康委员会党组（省卫健委）后，于12月21日反馈意见。",
        "inspections": {("省委第九巡视组", "东川省卫生健康委员会党组")},
    },
    "the same in Traditional, with 之後": {
        "text": "省委第九巡視組巡視東川省衛生健康委員會黨組之後，於12月21日反饋意見。",
        "inspections": {("省委第九巡视组", "东川省卫生健康委员会党组")},
    },
    "T进驻A（short），同时兼顾B（short）；T则采取「一拖二」方式，巡视C和D (Traditional)": {
        "text": "省委第四巡視組進駐嶺東省住房和城鄉建設廳黨組（省住建廳），同時兼顧嶺東省人民防空辦公室黨組（省人防辦）；"
                "省委第九巡視組則採取「一拖二」方式，巡視嶺東省市場監督管理局黨組和嶺東省藥品監督管理局黨組。",
        "inspections": {("省委第四巡视组", "岭东省住房和城乡建设厅党组"), ("省委第四巡视组", "岭东省人民防空办公室党组"),
                        ("省委第九巡视组", "岭东省市场监督管理局党组"), ("省委第九巡视组", "岭东省药品监督管理局党组")},
    },
    "A、B以及C 3家单位亦在本轮巡视名单之列: the round's units with no team": {
        "text": "省委12个巡视组陆续进驻。此外，岭东省科学技术厅党组、岭东省统计局党组以及岭东开放大学党委3家单位亦在本轮巡视名单之列。",
        "inspections": {(None, "岭东省科学技术厅党组"), (None, "岭东省统计局党组"), (None, "岭东开放大学党委")},
    },
    "A、B及C 3家企業的整改通報亦已公佈 (Traditional): units whose reports are out were inspected": {
        "text": "央企巡視整改清單出爐\n此外，中國節能環保集團有限公司黨委、中國國新控股有限責任公司黨委及中國誠通控股集團有限公司黨委"
                "3家企業的整改通報亦已公佈。",
        "inspections": {(None, "中国节能环保集团有限公司党委"), (None, "中国国新控股有限责任公司党委"), (None, "中国诚通控股集团有限公司党委")},
    },
    "A和B的巡察整改报告已于近日公布": {
        "text": "市财政局党组和市审计局党组的巡察整改报告已于近日公布。",
        "inspections": {(None, "市财政局党组"), (None, "市审计局党组")},
    },
    "negative: 本单位的整改报告已经公开: no unit named": {
        "text": "本单位的巡察整改报告已经公开。",
        "inspections": set(),
    },
    "列出被巡视单位，名单如下：⏎A⏎B (Traditional, one a line, the last cut): the round's units, no team": {
        "text": "中共第十輪巡視啟動\n中共中央紀委國家監委網站14日晚間發布消息，15個巡視組將對25個地方、單位黨組織開展常規巡視。\n"
                "不過，大陸官方並未逐一公佈各巡視組的分工，僅在網站上列出被巡視單位，名單如下：\n淮海省\n秦川省\n科技部\n交通運輸部\n"
                "中國華信銀行股份有限公司\n中國新",
        # (the group of 15 teams counted before is no team of the scorer's: 巡视组 stands for none)
        "inspections": {("巡视组", "淮海省"), ("巡视组", "秦川省"), ("巡视组", "科技部"),
                        ("巡视组", "交通运输部"), ("巡视组", "中国华信银行股份有限公司")},
    },
    "名单分为三类——⏎地方：A、B；⏎部委：C；⏎央企：D (the kinds' lines under a page on a round)": {
        "text": "二十届第二轮巡视名单公布\n15个巡视组将对34个地方、部委和中央企业党组织开展常规巡视。官方只公布被巡视单位名单，而未说明各组的具体分工。\n"
                "名单分为三类——\n地方：西川省、云岭省；\n部委：农业农村部、中国地震局；\n央企：中华粮储集团有限公司、中国华远集团有限公司",
        "inspections": {(None, "西川省"), (None, "云岭省"), (None, "农业农村部"), (None, "中国地震局"), (None, "中华粮储集团有限公司"),
                        (None, "中国华远集团有限公司")},
    },
    "negative: 名单分为三类—— on a page on no inspection: no units": {
        "text": "年度评选结果揭晓\n获奖名单分为三类——\n地方：西川省、云岭省；\n部委：农业农村部、中国地震局；",
        "inspections": set(),
    },
    "受巡視的中央和國家機關包括A、B和C，中央企業則包括D、E等 (Traditional): each kind's list": {
        "text": "中共啟動新一輪巡視\n中共中央紀律檢查委員會網站週一公佈，十九屆中央第六輪巡視已經啟動。根據公佈的名單，受巡視的中央和國家機關包括"
                "民政部、交通運輸部和國家統計局，中央企業則包括中國華遠集團有限公司、中國新材料集團有限公司等。",
        "inspections": {(None, "民政部"), (None, "交通运输部"), (None, "国家统计局"), (None, "中国华远集团有限公司"),
                        (None, "中国新材料集团有限公司")},
    },
    "另有两个巡视组分别进驻A和B: teams counted, not named, so none of the page's": {
        "text": "公安部党委启动新一轮巡视\n据公安部网站消息，公安部党委第一巡视组进驻江北省公安厅，另有两个巡视组分别进驻陇原省公安厅和海西省公安厅。",
        "inspections": {("公安部党委第一巡视组", "江北省公安厅"), (None, "陇原省公安厅"), (None, "海西省公安厅")},
    },
    "T进驻A；机动式巡视的对象则包括B和C，但未说明由哪一组负责: no team for B and C, and no clause for a unit": {
        "text": "二十届第四轮巡视完成进驻\n中央第五巡视组进驻中国南方电信集团有限公司；机动式巡视的对象则包括国家文物局和国家药品监督管理局，"
                "但未说明由哪一组负责。",
        "inspections": {("中央第五巡视组", "中国南方电信集团有限公司"), (None, "国家文物局"), (None, "国家药品监督管理局")},
    },
    "至於常規巡視部分，對象包括A、B和C等，官方未公佈具體分工 (Traditional)": {
        "text": "中央巡視殺回馬槍\n至於常規巡視部分，對象包括國家海洋資源局、中華建工集團有限公司和中國北方保險集團等，官方未公佈具體分工。",
        "inspections": {(None, "国家海洋资源局"), (None, "中华建工集团有限公司"), (None, "中国北方保险集团")},
    },
    "T1、T2已分別進駐A和B（short） (Traditional): the press's short name no hindrance to pairing": {
        "text": "中共中央巡視組進駐涉外系統\n中共中央紀律檢查委員會網站今天公佈，中共中央第二巡視組、第三巡視組已分別進駐外交部和國務院僑務辦公室"
                "（僑辦），將展開為期約兩個月的巡視。",
        "inspections": {("中央第二巡视组", "外交部"), ("中央第三巡视组", "国务院侨务办公室")},
    },
    "网站公布，中央巡视组对A、B开展常规巡视: reported news of named units, no date needed": {
        "text": "中央巡视金融业\n中纪委网站周日晚公布，中央巡视组对中国华信银行股份有限公司、中国东兴银行股份有限公司开展常规巡视。",
        "inspections": {("中央巡视组", "中国华信银行股份有限公司"), ("中央巡视组", "中国东兴银行股份有限公司")},
    },
    "negative: 中央巡视组对A开展常规巡视 with no time, report or round: a generic statement": {
        "text": "巡视工作常识\n中央巡视组对中管企业党组开展常规巡视。",
        "inspections": set(),
    },
    "對包括A（short）、B（short）和C在內的16個…進行「政治體檢」，為期約兩個月；T則進駐B's short name (Traditional)": {
        "text": "中央巡視金融業\n中紀委網站週日晚公佈，中央巡視組將對包括中國華信銀行股份有限公司（華信銀行）、中國北方保險集團（北方保險）和"
                "華夏證券投資有限公司在內的16個中管金融單位黨組織進行「政治體檢」，為期約兩個月。其中，中央第六巡視組進駐華信銀行；中央第九巡視組"
                "則進駐北方保險。",
        "inspections": {("中央第六巡视组", "中国华信银行股份有限公司"), (None, "华夏证券投资有限公司"), ("中央第九巡视组", "中国北方保险集团")},
    },
    "进驻包括A（short）和B在内的多家金融机构: the units named": {
        "text": "中央巡视再扫金融圈\n本轮共派出15个巡视组，进驻包括中国华信银行股份有限公司（华信银行）和国家开发投资银行在内的多家金融机构。",
        "inspections": {("巡视组", "中国华信银行股份有限公司"), ("巡视组", "国家开发投资银行")},
    },
    "第二巡察组：县教育局、县职业中专；第六巡察组：县粮食储备库、石门乡党委 (a county's units by short names)": {
        "text": "十四届县委第十一轮巡察进驻情况公告\n本轮共派出6个巡察组，对26个单位党组织开展常规巡察。巡察对象：\n"
                "第二巡察组：县教育局、县第一中学、县职业中专；\n第六巡察组：县城投公司、县粮食储备库、石门乡党委。",
        "inspections": {("第二巡察组", "县教育局"), ("第二巡察组", "县第一中学"), ("第二巡察组", "县职业中专"),
                        ("第六巡察组", "县城投公司"), ("第六巡察组", "县粮食储备库"), ("第六巡察组", "石门乡党委")},
    },
    "将巡视26家中管企业，包括A、B和C（the page cut after a fourth）: the round's units, no team": {
        "text": "中央巡视组将进驻26家央企\n【本报北京讯】据悉，本轮共组建15个巡视组，将巡视26家中管企业，包括中国华星通信集团有限公司、"
                "中国海晶船舶工业集团有限公司、东方航运集团有限公司、中国新兴",
        "inspections": {("中央巡视组", "26家央企"), (None, "中国华星通信集团有限公司"), (None, "中国海晶船舶工业集团有限公司"),
                        (None, "东方航运集团有限公司")},
    },
    "公佈…整改情況，首批包括A省委、B省委及C省委等8個省級黨委 (Traditional)": {
        "text": "中共公佈8省區巡視整改\n中共中紀委網站昨日起陸續公佈十八屆中央第八輪巡視的整改情況，首批包括鶴川省委、蒼梧省委及渤東省委等8個省級黨委。",
        "inspections": {(None, "鹤川省委"), (None, "苍梧省委"), (None, "渤东省委")},
    },
    "13个巡视组已向所巡视的26个单位反馈巡视意见。这些单位包括A、B及C等。": {
        "text": "中央巡视组向26单位反馈\n十八届中央第四轮巡视的13个巡视组已向所巡视的26个单位反馈巡视意见。这些单位包括华夏粮油集团、"
                "中国远光电子集团及中国铁路物资总公司等。",
        "inspections": {(None, "华夏粮油集团"), (None, "中国远光电子集团"), (None, "中国铁路物资总公司")},
    },
    "negative: 本轮巡视对象共18家，包括12家一级分行党委和6家总行直属机构: the count's kinds, no units": {
        "text": "总行党委巡视工作启动\n5月下旬，总行党委2023年第一轮巡视的6个巡视组陆续进驻被巡视单位，开展常规巡视。本轮巡视对象共18家，"
                "包括12家一级分行党委和6家总行直属机构、控股子公司党委。",
        "inspections": set(),
    },
    "公佈…巡視整改進展情況，涉及9個市、縣及省直單位，包括A、B及C (Traditional): the count in a clause before": {
        "text": "東川公佈九市縣單位巡視整改情況\n【本報訊】東川省紀委監委網站前日集中公佈省委第三輪巡視整改進展情況，涉及9個市、縣及省直單位，"
                "包括東陵市委、雙河市委、省水利廳黨組及東川師範大學黨委。",
        "inspections": {(None, "东陵市委"), (None, "双河市委"), (None, "省水利厅党组"), (None, "东川师范大学党委")},
    },
    "T9至T12分别进驻A、B、C及D的一半 (the page cut in the last unit): the units before it, each its team in order": {
        "text": "中共第八轮巡视启动\n中共十九届中央第八轮巡视近日全面展开。另外，中央第九至第十二巡视组分别进驻国家开发储蓄银行、中国农垦银行、"
                "华夏再保险集团及中国金融期货交",
        "inspections": {("中央第九巡视组", "国家开发储蓄银行"), ("中央第十巡视组", "中国农垦银行"), ("中央第十一巡视组", "华夏再保险集团")},
    },
    "the same in Traditional, the teams listed one by one": {
        "text": "中共第八輪巡視啟動\n中共十九屆中央第八輪巡視近日全面展開。中央第九巡視組、第十巡視組、第十一巡視組分別進駐國家開發儲蓄銀行、"
                "中國農墾銀行及華夏再保",
        "inspections": {("中央第九巡视组", "国家开发储蓄银行"), ("中央第十巡视组", "中国农垦银行")},
    },
    "negative: T9至T12分别进驻A、B、C。 (a whole sentence, one unit fewer): which team had which is not said": {
        "text": "中共第八轮巡视启动\n中共十九届中央第八轮巡视近日全面展开。另外，中央第九至第十二巡视组分别进驻国家开发储蓄银行、中国农垦银行、"
                "华夏再保险集团。",
        "inspections": {(None, "国家开发储蓄银行"), (None, "中国农垦银行"), (None, "华夏再保险集团")},
    },
    # ---------------------------------------------------------------- the less common kinds of rounds: 由 before the pairs, the kind after a colon, another place's units
    "本轮专项巡察由T1对A、T2对B、T3对C开展专项巡察: each team its unit, the first after 由": {
        "text": "根据学校党委统一部署，本轮专项巡察由校党委第一巡察组对机械工程学院党委、校党委第二巡察组对经济管理学院党委、"
                "校党委第三巡察组对招生就业处直属党支部开展专项巡察。",
        "inspections": {("学校党委第一巡察组", "机械工程学院党委"), ("学校党委第二巡察组", "经济管理学院党委"),
                        ("学校党委第三巡察组", "招生就业处直属党支部")},
    },
    "the same in Traditional, 由T1對A、T2對B開展聯動巡察": {
        "text": "市委同步部署開展聯動巡察，由荊原市委第一巡察組對荊原市自然資源和規劃局黨組、荊原市委第二巡察組對市城市建設投資集團有限公司黨委開展聯動巡察。",
        "inspections": {("荆原市委第一巡察组", "荆原市自然资源和规划局党组"), ("荆原市委第二巡察组", "市城市建设投资集团有限公司党委")},
    },
    "T1：提级巡察A。⏎T2：提级巡察B。⏎T3：巡察C。 (a notice's lines, the kind after the colon)": {
        "text": "各巡察组进驻及联系方式如下：\n市委第一巡察组：提级巡察雁南县长坪镇党委。值班电话：0745-2261101。\n"
                "市委第二巡察组：提级巡察北塘区城关街道党工委。值班电话：0745-2261102。\n市委第三巡察组：巡察市文化广电旅游局党组。",
        "inspections": {("市委第一巡察组", "雁南县长坪镇党委"), ("市委第二巡察组", "北塘区城关街道党工委"), ("市委第三巡察组", "市文化广电旅游局党组")},
    },
    "the same in Traditional, T1：交叉巡察A。": {
        "text": "各巡察組進駐情況如下：\n縣委第一巡察組：交叉巡察白沙鎮黨委。\n縣委第二巡察組：交叉巡察石門鄉黨委。",
        "inspections": {("县委第一巡察组", "白沙镇党委"), ("县委第二巡察组", "石门乡党委")},
    },
    "T交叉巡察P县的A镇、B镇 … 向A镇党委、B镇党委反馈: the units of the other county, named by their own names": {
        "text": "丰源县委第一巡察组交叉巡察平川县的柳塘镇、石桥镇。3月26日，丰源县委第一巡察组分别向柳塘镇党委、石桥镇党委反馈交叉巡察情况。",
        "inspections": {("丰源县委第一巡察组", "柳塘镇党委"), ("丰源县委第一巡察组", "石桥镇党委")},
        "issued": "2024-03-29",
    },
    "the same in Traditional, T1、T2分別對P省的A市、Q省的B市開展機動巡視": {
        "text": "此外，中央第一、第二巡視組還將分別對江北省的臨江市、嶺海省的南港市開展機動巡視。",
        "inspections": {("中央第一巡视组", "临江市"), ("中央第二巡视组", "南港市")},
    },
    "negative: T对P县的两个街道开展巡察 (a count after 的): no unit of that name": {
        "text": "县委第三巡察组对平川县的两个街道开展交叉巡察。",
        "inspections": set(),
    },
    # ---------------------------------------------------------------- a round's teams and leaders read out; clues and reports that name the inspection
    "T1由甲任组长，巡察A；T2组长由乙担任，巡察B、C；T3组长丙（post），巡察D: each team its units, its leader between": {
        "text": "会议宣读了巡察组组长授权任职通知：集团党委第一巡察组由赵启明任组长，巡察华嘉电力有限公司党委；集团党委第二巡察组组长由"
                "集团纪委副书记钱斌担任，巡察华嘉煤业有限责任公司党委、华嘉物流有限公司党支部；集团党委第三巡察组组长宁海波（集团安全监督部"
                "总经理），巡察华嘉新能源投资有限公司党委。",
        "inspections": {("集团党委第一巡察组", "华嘉电力有限公司党委"), ("集团党委第二巡察组", "华嘉煤业有限责任公司党委"),
                        ("集团党委第二巡察组", "华嘉物流有限公司党支部"), ("集团党委第三巡察组", "华嘉新能源投资有限公司党委")},
    },
    "the same in Traditional, T組長由某擔任，負責巡察A": {
        "text": "根據通知，黨工委第一巡察組組長由黨群工作部副部長姬建華擔任，負責巡察高新區經濟發展局黨支部；黨工委第二巡察組組長由紀工委"
                "副書記尚文玲擔任，負責巡察高新區規劃建設局黨支部。",
        "inspections": {("党工委第一巡察组", "高新区经济发展局党支部"), ("党工委第二巡察组", "高新区规划建设局党支部")},
    },
    "授权某同志为T组长，带领巡察组对A、B开展提级巡察: the team it leads, not 巡察组 in general": {
        "text": "一、授权郭立新同志为市委第六巡察组组长，带领巡察组对凤鸣县青石镇红岩村党总支、凤鸣县青石镇石门村党支部开展提级巡察。",
        "inspections": {("市委第六巡察组", "凤鸣县青石镇红岩村党总支"), ("市委第六巡察组", "凤鸣县青石镇石门村党支部")},
    },
    "组别⏎T1⏎T2⏎组长⏎甲⏎乙⏎巡察对象⏎A、B⏎C (a table flattened column by column)": {
        "text": "各巡察组组长授权任职及巡察对象如下表：\n组别\n市委第一巡察组\n市委第二巡察组\n组长\n郑远航\n邱丽君\n巡察对象\n"
                "市审计局党组、市统计局党组\n市退役军人事务局党组\n\n授权任职期限为本轮巡察期间。",
        "inspections": {("市委第一巡察组", "市审计局党组"), ("市委第一巡察组", "市统计局党组"), ("市委第二巡察组", "市退役军人事务局党组")},
        "posts": {("郑远航", "组长", "市委第一巡察组"), ("邱丽君", "组长", "市委第二巡察组")},
    },
    "the same in Traditional, the last column cut in its last cell: the rows before it": {
        "text": "各巡察組組成及巡察對象如下：\n巡察組\n校黨委第一巡察組\n校黨委第二巡察組\n組長\n孔德華\n彭麗君\n巡察對象\n"
                "土木工程學院黨委、建築與藝術學院黨委\n化學與化工學院黨",
        "inspections": {("校党委第一巡察组", "土木工程学院党委"), ("校党委第一巡察组", "建筑与艺术学院党委")},
    },
    "组别 | 组长 | 副组长 | 巡察单位 ⏎ T1 | 甲 | 许　文 | A (a name padded in its cell: no credit's 文｜)": {
        "text": "组别 | 组长 | 副组长 | 巡察单位\n第一巡察组 | 蒋卫东 | 许　文 | 机械工程学院党委、材料科学与工程学院党委\n"
                "第二巡察组 | 吕　宏 | 沈嘉怡 | 外国语学院党委",
        "inspections": {("第一巡察组", "机械工程学院党委"), ("第一巡察组", "材料科学与工程学院党委"), ("第二巡察组", "外国语学院党委")},
    },
    "（一）T。在对A巡察中移交问题线索…；在对B巡察中…: each unit the numbered paragraph's team inspected": {
        "text": "二、分组分单位情况\n（一）县委第一巡察组。在对县医疗保障局党组巡察中移交问题线索5件，已立案2件；在对县供销合作社联合社党组"
                "巡察中移交问题线索3件。\n（三）县委第三巡察组。对县市场监督管理局党组开展巡察期间移交问题线索4件。",
        "inspections": {("县委第一巡察组", "县医疗保障局党组"), ("县委第一巡察组", "县供销合作社联合社党组"),
                        ("县委第三巡察组", "县市场监督管理局党组")},
    },
    "the same in Traditional, T在對A巡察期間 / T在對B巡察時發現": {
        "text": "縣委第二巡察組在對蘆灣鎮黨委巡察期間，延伸瞭解黃泥塘村財務情況。縣委第二巡察組在對縣城市建設投資有限公司黨支部巡察時發現，"
                "向某某未經批准在外兼職。",
        "inspections": {("县委第二巡察组", "芦湾镇党委"), ("县委第二巡察组", "县城市建设投资有限公司党支部")},
    },
    "negative: 对巡察发现的问题线索进行了梳理 (巡察 inside what was handled, no unit)": {
        "text": "市委第二巡察组对巡察发现的问题线索进行了梳理，并按规定移交市纪委监委。",
        "inspections": set(),
    },
    "A党组汇报了落实T巡察反馈意见的整改情况，B党委汇报了落实T2…: each unit the team that fed back inspected": {
        "text": "会上，县农业农村局党组汇报了落实县委第一巡察组巡察反馈意见的整改情况，竹溪镇党委汇报了落实县委第四巡察组巡察反馈意见的整改情况。",
        "inspections": {("县委第一巡察组", "县农业农村局党组"), ("县委第四巡察组", "竹溪镇党委")},
    },
    "the same in Traditional, A黨組彙報了落實T反饋意見的整改情況": {
        "text": "會上，縣供電公司黨總支彙報了落實縣委第三巡察組巡察反饋意見的整改情況。",
        "inspections": {("县委第三巡察组", "县供电公司党总支")},
    },
    "negative: 县委巡察办汇报了落实T反馈意见的整改督导情况 (the office, no unit inspected)": {
        "text": "会上，县委巡察办汇报了落实县委第一巡察组巡察反馈意见整改督导情况。",
        "inspections": set(),
    },
    "negative: A党委2024年第一轮内部巡察反馈会陆续召开 (the dispatcher and its round before 巡察反馈会): no unit": {
        "text": "5月27日至29日，龙泉县公安局党委2024年第一轮内部巡察反馈会陆续召开。5月27日，县公安局党委第一巡察组向城关派出所党支部"
                "反馈巡察情况。",
        "inspections": {("龙泉县公安局党委第一巡察组", "城关派出所党支部")},
        "issued": "2024-05-30",
    },
    "negative (Traditional): A黨委第二輪巡察反饋會召開": {
        "text": "6月3日，清河縣人民法院黨組第二輪巡察反饋會召開。",
        "inspections": set(),
        "issued": "2024-06-05",
    },
    "序号　巡察组　乡镇（街道）　被巡察村（社区）　值班电话 (a table of villages beside their township's column)": {
        "text": "关于县委第五轮巡察进驻情况的公告\n现将巡察组进驻安排公告如下：\n序号　巡察组　乡镇（街道）　被巡察村（社区）　值班电话\n"
                "1　县委第一巡察组　龙泉镇　龙泉村、大坝村　0xxx-3326101\n2　县委第二巡察组　城南街道　南湖社区、景园社区　0xxx-3326102",
        "inspections": {("县委第一巡察组", "龙泉村"), ("县委第一巡察组", "大坝村"), ("县委第二巡察组", "南湖社区"),
                        ("县委第二巡察组", "景园社区")},
    },
    "the same in Traditional, 被巡察村（居） beside 鄉鎮(街道)": {
        "text": "關於縣委第五輪巡察進駐情況的公告\n序號　巡察組　鄉鎮(街道)　被巡察村（居）　值班電話\n"
                "1　縣委第一巡察組　楓林鄉　楓林村黨支部、石橋村黨支部　0xxx-3326101",
        "inspections": {("县委第一巡察组", "枫林村党支部"), ("县委第一巡察组", "石桥村党支部")},
    },
    "组别⏎组长⏎进驻时间⏎巡察对象 one cell a line, units grouped by their places (白沙街道：A、B；金鸡镇：C)": {
        "text": "区委第七轮巡察进驻情况公告\n现将各巡察组进驻情况公布如下：\n组别\n组长\n进驻时间\n巡察对象\n值班电话\n区委第一巡察组\n周建平\n"
                "3月25日\n白沙街道：白沙社区党委、江滨社区党委\n0xxx-8821301\n区委第三巡察组\n陆振华\n3月26日\n"
                "东湖街道：东湖社区党委、湖滨社区党委；金鸡镇：金鸡村党总支\n0xxx-8821303",
        "inspections": {("区委第一巡察组", "白沙社区党委"), ("区委第一巡察组", "江滨社区党委"), ("区委第三巡察组", "东湖社区党委"),
                        ("区委第三巡察组", "湖滨社区党委"), ("区委第三巡察组", "金鸡村党总支")},
    },
    "the same in Traditional on a team's line (區委第二巡察組：鳳凰鎮：A村黨總支、B村黨支部)": {
        "text": "區委第七輪巡察進駐情況公告\n區委第二巡察組：鳳凰鎮：鳳凰村黨總支、石牛村黨支部；金雞鎮：上坪村黨支部",
        "inspections": {("区委第二巡察组", "凤凰村党总支"), ("区委第二巡察组", "石牛村党支部"), ("区委第二巡察组", "上坪村党支部")},
    },
    "全年开展2轮常规巡察，对A、B、C等12个单位党组织进行巡察 (a work report's year: the rounds done, the units they named)": {
        "text": "市纪委监委工作报告\n全年开展2轮常规巡察，对市发改委党组、市财政局党组、市住建局党组等12个单位党组织进行巡察。",
        "inspections": {(None, "市发改委党组"), (None, "市财政局党组"), (None, "市住建局党组")},
    },
    "the same in Traditional, 完成3輪專項巡察，對A、B進行巡察": {
        "text": "縣紀委監委工作報告\n去年共完成3輪專項巡察，對縣糧食局黨組、縣醫保局黨組進行巡察。",
        "inspections": {(None, "县粮食局党组"), (None, "县医保局党组")},
    },
    "negative: 明年将开展2轮常规巡察，对A、B进行巡察 (a plan, not the rounds done)": {
        "text": "市纪委监委工作报告\n明年将开展2轮常规巡察，计划对市发改委党组、市财政局党组进行巡察。",
        "inspections": set(),
    },
    "完成T对X巡视反馈问题整改任务 / T巡视X反馈问题整改 (a work report names the feedback by its rectification)": {
        "text": "西陵市人民政府工作报告\n全面完成省委第五巡视组对西陵市巡视反馈问题整改任务。高质量完成省委第六巡视组巡视柳塘县反馈问题整改。",
        "inspections": {("省委第五巡视组", "西陵市"), ("省委第六巡视组", "柳塘县")},
        "feedback": {("省委第五巡视组", "西陵市", None), ("省委第六巡视组", "柳塘县", None)},
    },
    "the same in Traditional, T巡察X反饋意見整改落實": {
        "text": "市統計局2023年工作總結\n市委第二巡察組巡察市統計局黨組反饋意見整改落實工作有序推進。",
        "inspections": {("市委第二巡察组", "市统计局党组")},
        "feedback": {("市委第二巡察组", "市统计局党组", None)},
    },
    "D，县召开…推进会，通报T巡察X反馈意见整改进展情况 (the meeting's day, not the feedback's: no date)": {
        "text": "我县召开市委巡察反馈意见整改工作推进会\n4月9日下午，宜川县召开市委巡察反馈意见整改工作推进会，通报市委第三巡察组巡察宜川县"
                "反馈意见整改进展情况。",
        "feedback": {("市委第三巡察组", "宜川县", None)},
        "issued": "2025-04-09",
    },
    "the same in Traditional, D，局黨組召開會議，聽取T巡察X反饋問題整改情況彙報": {
        "text": "局黨組召開巡察整改專題會議\n6月3日，市統計局黨組召開會議，聽取市委第二巡察組巡察市統計局黨組反饋問題整改情況彙報。",
        "feedback": {("市委第二巡察组", "市统计局党组", None)},
        "issued": "2023-06-05",
    },
    "negative: 建立对省委巡视反馈问题整改的长效机制 (对 the dispatcher's feedback, no unit)": {
        "text": "县纪委监委工作报告\n建立对省委巡视反馈问题整改的长效机制，推动整改常态化。",
        "inspections": set(),
        "feedback": set(),
    },
    "T对<a field>开展专项巡察，巡察A、B、C (the field first, then the units the team inspects in it)": {
        "text": "市委第九轮巡察完成进驻\n专项巡察：市委专项巡察组对医保基金管理使用情况开展专项巡察，巡察市医疗保障局党组、市人民医院党委。",
        "inspections": {("市委专项巡察组", "市医疗保障局党组"), ("市委专项巡察组", "市人民医院党委")},
    },
    "the same in Traditional, T對糧食購銷領域開展專項巡察，巡察A、B": {
        "text": "縣委巡察進駐\n縣委第二巡察組對糧食購銷領域開展專項巡察，巡察縣糧食局黨組、縣糧食收儲公司黨支部。",
        "inspections": {("县委第二巡察组", "县粮食局党组"), ("县委第二巡察组", "县粮食收储公司党支部")},
    },
    "negative: T对A开展常规巡察，巡察时间为两个月 (the clause after says how long, no more units)": {
        "text": "市委巡察进驻\n市委第一巡察组对市财政局党组开展常规巡察，巡察时间为两个月。",
        "inspections": {("市委第一巡察组", "市财政局党组")},
    },
    "negative: 内地城市公布整改「成绩单」已成惯例 (the mainland's places as a kind, as the overseas press writes)": {
        "text": "濠江新报\n中国新闻\n研究员表示，内地城市公布巡视整改「成绩单」已成惯例。",
        "inspections": set(),
    },
    "T对A、B的巡察仍在进行中 (the inspection of the units, said under way)": {
        "text": "乡党委巡察反馈\n同期，岩溪乡党委第二巡察组对青冈村、杉木坪村的巡察仍在进行中。",
        "inspections": {("岩溪乡党委第二巡察组", "青冈村"), ("岩溪乡党委第二巡察组", "杉木坪村")},
    },
    "the same in Traditional, T對A的專項巡察工作正在有序推進": {
        "text": "縣委巡察簡報\n目前，縣委第三巡察組對縣醫保局黨組的專項巡察工作正在有序推進。",
        "inspections": {("县委第三巡察组", "县医保局党组")},
    },
    "negative: T对A的巡察将于下月进行 (a plan)": {
        "text": "县委巡察简报\n县委第三巡察组对县医保局党组的巡察将于下月进行。",
        "inspections": set(),
    },
    "T在巡察A期间，将同步延伸巡察B、C、D3个村党组织 (the extension the team makes while it inspects)": {
        "text": "县委第二巡察组进驻杨柳镇\n县委第二巡察组在巡察杨柳镇党委期间，将同步延伸巡察杨柳村、碾盘村、北山村3个村党组织。",
        "inspections": {("县委第二巡察组", "杨柳镇党委"), ("县委第二巡察组", "杨柳村"), ("县委第二巡察组", "碾盘村"),
                        ("县委第二巡察组", "北山村")},
    },
    "组别⏎组长⏎副组长⏎被巡察单位⏎巡察时间 one cell a line, a team's next units alone on their lines (merged cells)": {
        "text": "附件\n县委第四轮巡察分组安排表\n组别\n组长\n副组长\n被巡察单位\n巡察时间\n县委第一巡察组\n肖志勇\n罗兰\n县委办公室\n"
                "2022年9月5日—10月14日\n县政协机关\n县工商联\n县委第二巡察组\n喻国庆\n贾婷\n县统计局\n2022年9月5日—10月14日\n县信访局",
        "inspections": {("县委第一巡察组", "县委办公室"), ("县委第一巡察组", "县政协机关"), ("县委第一巡察组", "县工商联"),
                        ("县委第二巡察组", "县统计局"), ("县委第二巡察组", "县信访局")},
    },
    "the same in Traditional, 組別⏎組長⏎被巡察黨組織⏎進駐時間": {
        "text": "附件\n縣委巡察分組安排表\n組別\n組長\n被巡察黨組織\n進駐時間\n縣委第三巡察組\n湯宏偉\n縣衛生健康局黨組\n9月6日\n"
                "縣人民醫院黨委\n縣中醫醫院黨總支",
        "inspections": {("县委第三巡察组", "县卫生健康局党组"), ("县委第三巡察组", "县人民医院党委"), ("县委第三巡察组", "县中医医院党总支")},
    },
    "negative: a team's row followed by a line of prose (注：各巡察组进驻时间以实际进驻为准。) adds no unit": {
        "text": "附件\n县委巡察分组安排表\n组别\n组长\n被巡察单位\n巡察时间\n县委第一巡察组\n肖志勇\n县委办公室\n9月5日\n"
                "注：各巡察组进驻时间以实际进驻为准。",
        "inspections": {("县委第一巡察组", "县委办公室")},
    },
    "T：A/B/C and T → A / B and T — A / B (a team's units parted by slashes, after a colon, an arrow or a dash)": {
        "text": "市委巡察进驻\n各巡察组进驻如下：\n市委第一巡察组：市民政局党组/市红十字会党组\n市委第二巡察组 → 市水利局党组 / 市水文中心党支部\n"
                "市中院党组第一巡察组 — 岱北区人民法院党组 / 岱南区人民法院党组",
        "inspections": {("市委第一巡察组", "市民政局党组"), ("市委第一巡察组", "市红十字会党组"), ("市委第二巡察组", "市水利局党组"),
                        ("市委第二巡察组", "市水文中心党支部"), ("市中院党组第一巡察组", "岱北区人民法院党组"),
                        ("市中院党组第一巡察组", "岱南区人民法院党组")},
    },
    "the same in Traditional, T：①A②B and T：1.A 2.B (items numbered in the line)": {
        "text": "市委巡察進駐\n市委第一巡察組：①市審計局黨組②市統計局黨組\n市委第二巡察組：1.市信訪局黨組 2.市委老幹部局",
        "inspections": {("市委第一巡察组", "市审计局党组"), ("市委第一巡察组", "市统计局党组"), ("市委第二巡察组", "市信访局党组"),
                        ("市委第二巡察组", "市委老干部局")},
    },
    "T：A（常规巡察）　B（提级巡察） (each unit with its own mode, parted by spaces or 、)": {
        "text": "市委巡察进驻\n市委第一巡察组：市林业局党组（常规巡察）　市国有林场党委（常规巡察）\n市委第二巡察组：市水文中心党支部（提级巡察）、长宁镇党委（提级巡察）",
        "inspections": {("市委第一巡察组", "市林业局党组"), ("市委第一巡察组", "市国有林场党委"), ("市委第二巡察组", "市水文中心党支部"),
                        ("市委第二巡察组", "长宁镇党委")},
        "modes": {"长宁镇党委": "提级交叉"},
    },
    "T | A | B | 值班电话：… (a row's last cell the team's contact)": {
        "text": "區委巡察進駐公告\n區委第一巡察組 | 區商務局 | 區投資促進服務中心 | 值班電話：0653-5811021\n區委第二巡察組 | 區教育局 | 值班電話：0653-5811022",
        "inspections": {("区委第一巡察组", "区商务局"), ("区委第一巡察组", "区投资促进服务中心"), ("区委第二巡察组", "区教育局")},
    },
    "T进驻A,B,C； (units parted by commas to the clause's end)": {
        "text": "县委巡察进驻\n县委第一巡察组进驻柘原镇党委,桥头镇党委,柘原县第二中学党支部；\n县委第二巡察组进驻县民政局党组，县殡葬管理所党支部。",
        "inspections": {("柘原县委第一巡察组", "柘原镇党委"), ("柘原县委第一巡察组", "桥头镇党委"), ("柘原县委第一巡察组", "柘原县第二中学党支部"),
                        ("柘原县委第二巡察组", "县民政局党组"), ("柘原县委第二巡察组", "县殡葬管理所党支部")},
    },
    "negative: 进驻四地，为期约两个月 / 进驻A，开展为期一个月的巡察 (a clause after the comma, no unit)": {
        "text": "中央巡视\n上述四个巡视组亦在同期进驻四地，为期约两个月。县委第一巡察组进驻县水利局党组，开展为期一个月的巡察。",
        "inspections": {("县委第一巡察组", "县水利局党组")},
    },
    "在A召开动员会，T组长某某作动员讲话 / 在B召开的反馈会上，T组长某某反馈了巡视情况 (the unit hosting the team's meeting)": {
        "text": "省委巡视进驻\n9月9日上午，在省农业发展集团有限公司党委召开动员会，省委第二巡视组组长毛培作动员讲话。"
                "6月25日，在省发展改革委党组召开的反馈会上，省委第六巡视组组长段洪瑞反馈了巡视情况。",
        "inspections": {("省委第二巡视组", "省农业发展集团有限公司党委"), ("省委第六巡视组", "省发展改革委党组")},
        "feedback": {("省委第六巡视组", "省发展改革委党组", "2024-06-25")},
        "issued": "2024-09-20",
    },
    "the same in Traditional, 在A召開的反饋會上，T組長某某反饋了巡察情況": {
        "text": "市委巡察反饋\n7月15日下午，在州水務局黨組召開的反饋會上，州委第三巡察組組長廖俊反饋了巡察情況。",
        "inspections": {("州委第三巡察组", "州水务局党组")},
        "feedback": {("州委第三巡察组", "州水务局党组", "2024-07-15")},
        "issued": "2024-07-20",
    },
    "negative: 在县委办公室召开动员会，县委书记李明作动员讲话 (no team after the clause)": {
        "text": "县委会议\n在县委办公室召开动员会，县委书记李明作动员讲话。",
        "inspections": set(),
    },
    "对A的巡视由T承担，组长某某 / A：T正式进驻 / A迎来T (a round's page, each team's unit said its own way)": {
        "text": "省委巡视进驻\n对湄城县委的巡视由省委第四巡视组承担，组长邵秀霞，副组长毛亮志。\n市中医院党委：省委第十四巡视组正式进驻\n"
                "10月13日下午，省人力资源社会保障厅党组迎来省委第五巡视组。",
        "inspections": {("省委第四巡视组", "湄城县委"), ("省委第十四巡视组", "市中医院党委"), ("省委第五巡视组", "省人力资源社会保障厅党组")},
        "issued": "2024-10-20",
    },
    "the same in Traditional, A：T反饋巡視意見 (a heading: the unit, its team, the feedback)": {
        "text": "省委巡視反饋\n省鄉村振興局黨組：省委第十六巡視組反饋巡視意見\n第十六巡視組組長王海彬代表巡視組作反饋講話。",
        "inspections": {("省委第十六巡视组", "省乡村振兴局党组")},
        "feedback": {("省委第十六巡视组", "省乡村振兴局党组", None)},
    },
    "negative: 我们迎来了巡察组的检验 / 来源：县委巡察办 (no team, no unit)": {
        "text": "年度总结\n来源：县委巡察办\n今年，我们迎来了巡察组的检验。",
        "inspections": set(),
    },
    "听取了T对A、B、C等10个地方和单位的巡视情况汇报 (the units named before the round's count)": {
        "text": "省委巡视工作领导小组召开会议\n会议听取了省委巡视组对宝鸡市、汉中市、陕西延长石油（集团）有限责任公司等10个地方和单位的"
                "巡视情况汇报，逐一研究了巡视发现问题的处置意见。",
        "inspections": {("陕西省委巡视组", "宝鸡市"), ("陕西省委巡视组", "汉中市"), ("陕西省委巡视组", "陕西延长石油(集团)有限责任公司")},
    },
    "the same in Traditional, …等5個單位的巡察情況匯報": {
        "text": "縣委巡察工作領導小組會議\n會議聽取了縣委第一巡察組對縣林業局黨組、縣水利局黨組等5個單位的巡察情況匯報。",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第一巡察组", "县水利局党组")},
    },
    "听取了T1关于对A，T2关于对B开展专项巡视情况的汇报 (pairs parted by commas, the places inspected as a whole)": {
        "text": "省委巡视工作领导小组会议\n会议分别听取了省委第一巡视组关于对郧阳区，省委第二巡视组关于对竹山县，省委第三巡视组关于对红安县"
                "开展脱贫攻坚专项巡视情况的汇报。",
        "inspections": {("省委第一巡视组", "郧阳区"), ("省委第二巡视组", "竹山县"), ("省委第三巡视组", "红安县")},
    },
    "the same in Traditional, …關於對A，…關於對B開展巡察情況的匯報": {
        "text": "縣委書記專題會議\n會議聽取了縣委第一巡察組關於對縣林業局黨組，縣委第二巡察組關於對縣水利局黨組開展巡察情況的匯報。",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "县水利局党组")},
    },
    "听取了T1巡察A、B情况，T2巡察C情况的汇报 (each team's report on its units, 情况 closing them)": {
        "text": "区委书记专题会议\n会议听取了区委第一巡察组巡察区商务局党组、区科技局党组情况，区委第二巡察组巡察白沙镇党委情况的汇报。",
        "inspections": {("区委第一巡察组", "区商务局党组"), ("区委第一巡察组", "区科技局党组"), ("区委第二巡察组", "白沙镇党委")},
    },
    "…T2巡察C、D情况的汇报，以及巡察办关于…的汇报 (the report closed before 以及 goes on to another's)": {
        "text": "区委书记专题会议\n会议听取了区委第一巡察组巡察区商务局党组情况，区委第三巡察组巡察白沙镇党委、凤凰镇党委情况的汇报，"
                "以及区委巡察办关于本轮巡察综合情况的汇报。",
        "inspections": {("区委第一巡察组", "区商务局党组"), ("区委第三巡察组", "白沙镇党委"), ("区委第三巡察组", "凤凰镇党委")},
    },
    "the same in Traditional, …情況的匯報，以及…": {
        "text": "區委書記專題會議\n會議聽取了區委第三巡察組巡察白沙鎮黨委、鳳凰鎮黨委情況的匯報，以及區委巡察辦關於本輪巡察綜合情況的匯報。",
        "inspections": {("区委第三巡察组", "白沙镇党委"), ("区委第三巡察组", "凤凰镇党委")},
    },
    "negative: 巡察A、B，以及C (one list over 以及, not closed at the comma)": {
        "text": "区委巡察\n区委第三巡察组巡察白沙镇党委、凤凰镇党委，以及区林业局党组。",
        "inspections": {("区委第三巡察组", "白沙镇党委"), ("区委第三巡察组", "凤凰镇党委"), ("区委第三巡察组", "区林业局党组")},
    },
    "a round's period and month of feedback, then 其中,T1巡察A、B,T2巡察C、D: each team's units, the period theirs, the feedback each's": {
        "text": "十五届县委第二轮巡察集中整改情况公开\n今年4月至6月，十五届县委第二轮巡察对县教育局党组、县卫生健康局党组、博白镇党委、"
                "沙河镇党委等4个党组织开展了常规巡察，8月完成反馈。其中，县委第一巡察组巡察县教育局党组、县卫生健康局党组，"
                "县委第二巡察组巡察博白镇党委、沙河镇党委。",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县卫生健康局党组"), ("县委第二巡察组", "博白镇党委"),
                        ("县委第二巡察组", "沙河镇党委")},
        "feedback": {("县委第一巡察组", "县教育局党组", "2022-08"), ("县委第一巡察组", "县卫生健康局党组", "2022-08"),
                     ("县委第二巡察组", "博白镇党委", "2022-08"), ("县委第二巡察组", "沙河镇党委", "2022-08")},
        "dates": {"县教育局党组": ("2022-04", "2022-06"), "沙河镇党委": ("2022-04", "2022-06")},
        "issued": "2022-11-28",
    },
    "the same in Traditional, …並於8月反饋。T1巡察A，T2巡察B": {
        "text": "縣委第二輪巡察\n今年4月至6月，縣委第二輪巡察對縣教育局黨組、博白鎮黨委開展了常規巡察，並於8月反饋。其中，縣委第一巡察組"
                "巡察縣教育局黨組，縣委第二巡察組巡察博白鎮黨委。",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第二巡察组", "博白镇党委")},
        "feedback": {("县委第一巡察组", "县教育局党组", "2022-08"), ("县委第二巡察组", "博白镇党委", "2022-08")},
        "dates": {"县教育局党组": ("2022-04", "2022-06"), "博白镇党委": ("2022-04", "2022-06")},
        "issued": "2022-11-28",
    },
    "negative: 要求每月反馈 (a demand, no month's day: no feedback)": {
        "text": "县委巡察工作\n今年4月至6月，县委第一巡察组对县教育局党组开展了常规巡察。县委要求整改进展每月反馈。",
        "inspections": {("县委第一巡察组", "县教育局党组")},
        "feedback": set(),
        "issued": "2022-11-28",
    },
    "荻洲县委召开省委第四巡视组巡视反馈会议 (a placed committee hosts a higher team's meeting: the unit fed back to)": {
        "text": "省委巡视反馈\n6月28日，荻洲县委召开省委第四巡视组巡视反馈会议。",
        "feedback": {("省委第四巡视组", "荻洲县委", "2024-06-28")},
        "issued": "2024-07-01",
    },
    "A党委通报，学校… / A、B等在通报中均提到 under a headline of a round's published rectifications (each unit's report retold)": {
        "text": "34所中管高校集中公布巡视整改进展情况\n北辰工业大学党委通报，学校聚焦党委领导作用发挥，修订完善议事规则。\n"
                "海州海洋大学党委、中原矿业大学党委等高校在通报中均提到，坚持把巡视整改作为重大政治任务。",
        "inspections": {(None, "北辰工业大学党委"), (None, "海州海洋大学党委"), (None, "中原矿业大学党委")},
    },
    "the same in Traditional, A黨委表示， under 晒整改成績單": {
        "text": "央企晒巡視整改成績單\n南方電網建設集團有限公司黨委表示，公司已完成整改問題28個。",
        "inspections": {(None, "南方电网建设集团有限公司党委")},
    },
    "…企业中，A、B均通报了…整改措施 / 军工企业方面，C、D等6家企业的通报亦陆续上网 (units by their known short names)": {
        "text": "18家央企晒巡视整改成绩单\n根据公布的通报，能源企业中，中石油、中石化、中海油均通报了在保障能源安全方面的整改措施。\n"
                "军工企业方面，航天科技、兵器工业、中国电科等6家企业的通报亦陆续上网。",
        "inspections": {(None, "中石油"), (None, "中石化"), (None, "中海油"), (None, "航天科技"), (None, "兵器工业"), (None, "中国电科")},
    },
    "the same in Traditional, A、B均在通報中披露了… / 其中，A通報稱，…": {
        "text": "央企曬巡視整改成績單\n通信企業方面，中國移動、中國電信、中國聯通均在通報中披露了推進5G應用方面的整改成效。\n"
                "其中，中國移動通報稱，已完成整改問題30個。",
        "inspections": {(None, "中国移动"), (None, "中国电信"), (None, "中国联通")},
    },
    "negative: 分析人士、业内专家均介绍了… under the same headline (people, no units)": {
        "text": "18家央企晒巡视整改成绩单\n分析人士、业内专家均介绍了此轮整改通报的新特点。",
        "inspections": set(),
    },
    "negative: A党委通报，… under a headline on something else (a standing committee's meeting)": {
        "text": "学校召开党委常委会\n北辰工业大学党委通报，学校聚焦党委领导作用发挥。",
        "inspections": set(),
    },
    "negative: 中紀委：T進駐A (a source's label before the news, no unit: the line's verb has its own object)": {
        "text": "中紀委：中央第六巡視組進駐華南電網投資集團有限公司\n記者報道：中央第六巡視組已進駐華南電網投資集團有限公司黨組，巡視時間約兩個月。",
        "inspections": {("中央第六巡视组", "华南电网投资集团有限公司党组")},
    },
    "units listed bare, then each team's row with the unit's 党组: a commission (省发展改革委) is the unit of its 党组": {
        "text": "省委第四轮巡视完成进驻\n省委第四轮巡视3个巡视组已完成进驻，对省发展改革委、省教育厅、省卫生健康委等3个省直单位党组织开展常规巡视。\n"
                "省委第一巡视组\t省发展改革委党组\t0311-87909011\n省委第二巡视组\t省教育厅党组\t0311-87909022\n"
                "省委第三巡视组\t省卫生健康委党组\t0311-87909033\n",
        "inspections": {("省委第一巡视组", "省发展改革委党组"), ("省委第二巡视组", "省教育厅党组"), ("省委第三巡视组", "省卫生健康委党组")},
    },
    "the same in Traditional, 市交通委 and 市住房城鄉建設委 by their 黨組": {
        "text": "市委第二輪巡察完成進駐\n市委第二輪巡察對市交通委、市住房城鄉建設委開展常規巡察。市委第一巡察組進駐市交通委黨組，"
                "市委第二巡察組進駐市住房城鄉建設委黨組。",
        "inspections": {("市委第一巡察组", "市交通委党组"), ("市委第二巡察组", "市住房城乡建设委党组")},
    },
    "negative: a place's committee is itself the body, no 党组 added (对甲县开展巡视 … 进驻甲县委)": {
        "text": "省委第五轮巡视完成进驻\n省委第五轮巡视对甲县、乙县开展常规巡视。省委第一巡视组进驻甲县委，省委第二巡视组进驻乙县委。",
        "inspections": {("省委第一巡视组", "甲县委"), ("省委第二巡视组", "乙县委")},
    },
    "巡察对象：A、B（同步对所辖村党组织开展巡察） (a note on the units inspected with the last one)": {
        "text": "县委第一轮巡察进驻公告\n县委2个巡察组将于2017年4月11日至5月25日对4个党组织开展巡察。现将有关事项公告如下：\n一、县委第一巡察组\n"
                "巡察对象：西岭镇党委、东岭镇党委（同步对所辖村党组织开展巡察）\n联系电话：0855-3332612\n二、县委第二巡察组\n"
                "巡察对象：南岭镇党委、县林业局党组\n",
        "inspections": {("县委第一巡察组", "西岭镇党委"), ("县委第一巡察组", "东岭镇党委"), ("县委第二巡察组", "南岭镇党委"),
                        ("县委第二巡察组", "县林业局党组")},
    },
    "the same in Traditional, （同時對所轄村黨組織開展巡察） and （一併對下屬林場開展巡察）": {
        "text": "縣委第二輪巡察進駐公告\n一、縣委第一巡察組\n巡察對象：東坪鎮黨委、石門鎮黨委（同時對所轄村黨組織開展巡察）\n"
                "聯繫電話：0855-3332612\n二、縣委第二巡察組\n巡察對象：縣林業局黨組（一併對下屬林場開展巡察）、縣水務局黨組\n",
        "inspections": {("县委第一巡察组", "东坪镇党委"), ("县委第一巡察组", "石门镇党委"), ("县委第二巡察组", "县林业局党组"),
                        ("县委第二巡察组", "县水务局党组")},
    },
    "进驻A、B（同步对所辖村党组织开展巡察）: the note's own verb reads the villages, not B's name": {
        "text": "县委第一巡察组进驻西岭镇党委、东岭镇党委（同步对所辖村党组织开展巡察）。",
        "inspections": {("县委第一巡察组", "西岭镇党委"), ("县委第一巡察组", "东岭镇党委"), ("县委第一巡察组", "所辖村党组织")},
    },
    "a round's units, 省委巡视组分别向被巡视党组织反馈, then the first team's paragraph alone (a cut page): the other unit the round's": {
        "text": "十四届省委第五轮巡视完成反馈\n2019年3月中旬至5月中旬，十四届省委第五轮巡视对甲市、乙市开展了常规巡视。6月24日，省委巡视组"
                "分别向被巡视党组织反馈了巡视情况。\n省委第一巡视组在向甲市委反馈时指出，甲市委取得了积极成效。",
        "inspections": {("省委第一巡视组", "甲市委"), (None, "乙市")},
        "dates": {"甲市委": ("2019-03", "2019-05"), "乙市": ("2019-03", "2019-05")},
        "issued": "2019-07-03",
    },
    "the same in Traditional, 省委巡視組陸續向被巡視黨組織反饋 over three units, the page cut in the first team's paragraph": {
        "text": "十二屆省委第五輪巡視完成反饋\n2024年3月中旬至5月中旬，十二屆省委第五輪巡視對丙市、丁市、戊市開展了常規巡視。6月18日，省委巡視組"
                "陸續向被巡視黨組織反饋了巡視情況。\n省委第一巡視組向丙市委反饋指出，丙市委推動轉型取得積極進展。巡視也發現了一些問題：",
        "inspections": {("省委第一巡视组", "丙市委"), (None, "丁市"), (None, "戊市")},
        "issued": "2024-06-27",
    },
    "negative: one team's page, 巡视组向被巡视党组织反馈 (the bare team is the one team, its unit the one unit)": {
        "text": "省委第一巡视组向甲市委反馈巡视情况\n2019年3月至5月，省委第一巡视组对甲市开展了常规巡视。6月24日，巡视组向被巡视党组织"
                "反馈了巡视情况。",
        "inspections": {("省委第一巡视组", "甲市委")},
        "issued": "2019-07-03",
    },
    "省委常委会…制定了《关于落实T反馈意见的整改方案》 in a province's report: the feedback is to the province's committee, not its organ": {
        "text": "中共吉林省委关于巡视整改情况的通报\n根据中央统一部署，2014年3月27日至5月27日，中央第九巡视组对吉林省进行了巡视。7月24日，"
                "省委常委会召开会议，专题研究部署整改工作，制定了《关于落实中央第九巡视组反馈意见的整改方案》。",
        "inspections": {("中央第九巡视组", "中共吉林省委")},
        "feedback": {("中央第九巡视组", "中共吉林省委", None)},
        "issued": "2014-09-04",
    },
    "the same in Traditional, 省委常委會 and 黑龍江": {
        "text": "中共黑龍江省委關於巡視整改情況的通報\n根據中央統一部署，中央第八巡視組對黑龍江省進行了巡視。8月2日，省委常委會召開會議，"
                "研究部署整改工作，制定了《關於落實中央第八巡視組反饋意見的整改方案》。",
        "inspections": {("中央第八巡视组", "中共黑龙江省委")},
        "feedback": {("中央第八巡视组", "中共黑龙江省委", None)},
        "issued": "2014-10-10",
    },
    "A、B在省纪委监委网站、本单位门户网站等集中公开巡视整改进展情况 (the sites a list names, none of the units)": {
        "text": "十一届省委第八轮巡视整改进展情况集中公开\n近日，甲大学党委、乙学院党委在省纪委监委网站、本单位门户网站等集中公开巡视整改"
                "进展情况，接受干部群众监督。",
        "inspections": {(None, "甲大学党委"), (None, "乙学院党委")},
    },
    "negative: 接受…巡视的党组织在省纪委监委网站、本单位门户网站等集中公开… (the inspected units, none named)": {
        "text": "十一届省委第八轮巡视整改进展情况集中公开\n近日，接受十一届省委第八轮巡视的党组织在省纪委监委网站、本单位门户网站等集中"
                "公开巡视整改进展情况，接受干部群众监督。",
        "inspections": set(),
    },
    "a roundup's sentences, A党委针对巡视指出的“X”问题，… / B党委针对“Y”问题，… (each unit answering what was found)": {
        "text": "中管高校集中公布巡视整改情况\n加强党的领导是整改的重中之重。北辰大学党委针对巡视指出的“基层党组织建设较为薄弱”问题，"
                "推进院系党委书记专职化。聚焦立德树人根本任务。南岭大学党委针对“思想政治工作体系不够健全”问题，出台实施意见。",
        "inspections": {(None, "北辰大学党委"), (None, "南岭大学党委")},
    },
    "the same in Traditional, A黨委針對巡視反饋的「X」問題": {
        "text": "央企集中公佈巡視整改進展\n從公佈情況看，各企業把整改作為重大政治任務。東川電力集團有限公司黨委針對巡視反饋的「風險防控不夠有力」"
                "問題，健全全面風險管理體系。",
        "inspections": {(None, "东川电力集团有限公司党委")},
    },
    "negative: A党委针对“X”问题，… under a headline on something else": {
        "text": "学校召开党委常委会\n北辰大学党委针对“基层党组织建设较为薄弱”问题，推进院系党委书记专职化。",
        "inspections": set(),
    },
    "省委10个巡视组分别对A、B、C开展常规巡视 (the round's teams, counted, moving in: no date needed)": {
        "text": "省委新一轮巡视完成进驻\n十三届省委第五轮巡视日前完成进驻。省委10个巡视组分别对甲市、乙市2个地级以上市，以及省发展改革委、"
                "省自然资源厅等单位党组织开展常规巡视。",
        "inspections": {("省委巡视组", "甲市"), ("省委巡视组", "乙市"), ("省委巡视组", "省发展改革委"), ("省委巡视组", "省自然资源厅")},
    },
    "the same in Traditional, 市委6個巡察組陸續對A、B開展常規巡察": {
        "text": "市委新一輪巡察啟動\n市委6個巡察組陸續對市教育局黨組、市民政局黨組開展常規巡察。",
        "inspections": {("市委巡察组", "市教育局党组"), ("市委巡察组", "市民政局党组")},
    },
    "negative: 省委10个巡视组将分别对A、B开展常规巡视 (a plan)": {
        "text": "省委巡视工作领导小组会议召开\n会议研究了下一轮巡视工作。省委10个巡视组将分别对甲市、乙市开展常规巡视。",
        "inspections": set(),
    },
    "A、B等名校都被点名存在…问题 (the kind after 等 closes the list)": {
        "text": "中共巡视组点名两校\n中纪委网站连日公布中央巡视组对29所大学的专项巡视反馈，北辰大学、南岭大学等名校都被点名存在“党的领导弱化”等问题。",
        "inspections": {(None, "北辰大学"), (None, "南岭大学")},
    },
    "the same in Traditional, A、B等醫院均被點名": {
        "text": "省委巡視組點名兩院\n省委巡視組反饋指出，甲市第一人民醫院、甲市中醫院等醫院均被點名存在「過度醫療」等問題。",
        "inspections": {(None, "甲市第一人民医院"), (None, "甲市中医院")},
    },
    "12个中央巡视组已陆续进驻A、B等26家中管企业 (counted teams moving in, undated)": {
        "text": "中央巡视：发现问题 形成震慑\n2月27日，中央巡视工作领导小组召开会议，研究部署本年第一轮巡视。此前几天，12个中央巡视组已陆续进驻"
                "北辰石油化工集团公司、南岭电网公司等26家中管国有重要骨干企业，开展专项巡视。",
        "inspections": {("中央巡视组", "北辰石油化工集团公司"), ("中央巡视组", "南岭电网公司")},
        "modes": {"北辰石油化工集团公司": "专项"},
    },
    "the same in Traditional, 中央巡視組已先後進駐A、B (a bare team, said to have moved in)": {
        "text": "中央巡視組進駐兩部委\n據報道，中央巡視組已先後進駐北辰能源局黨組、南嶺糧食局黨組，開展常規巡視。",
        "inspections": {("中央巡视组", "北辰能源局党组"), ("中央巡视组", "南岭粮食局党组")},
    },
    "negative: 中央巡视组将陆续进驻A、B (a plan)": {
        "text": "中央巡视工作领导小组召开会议\n会议研究部署了新一轮巡视工作。中央巡视组将陆续进驻北辰能源局党组、南岭粮食局党组。",
        "inspections": set(),
    },
    "1．A关于巡视整改情况的通报（T，2018年1月8日反馈）: a list of the round's reports, each with its team and feedback day in brackets": {
        "text": "十一届省委第三轮巡视整改情况公开\n各被巡视党组织巡视整改情况通报：\n1．甲市委关于巡视整改情况的通报（省委第一巡视组，"
                "2018年1月8日反馈）\n2．乙市委关于巡视整改情况的通报（省委第二巡视组，2018年1月9日反馈）\n3．省交通运输厅党组关于巡视整改情况的"
                "通报（省委第三巡视组，2018年1月10日反馈）\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第二巡视组", "乙市委"), ("省委第三巡视组", "省交通运输厅党组")},
        "feedback": {("省委第一巡视组", "甲市委", "2018-01-08"), ("省委第二巡视组", "乙市委", "2018-01-09"),
                     ("省委第三巡视组", "省交通运输厅党组", "2018-01-10")},
    },
    "the same in Traditional, 關於巡察整改進展情況的報告（T）": {
        "text": "縣委第五輪巡察整改情況公開\n1.縣林業局黨組關於巡察整改進展情況的報告（縣委第一巡察組）\n2.城關鎮黨委關於巡察整改進展情況的報告"
                "（縣委第二巡察組）\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
    },
    "negative: a page's footer 主办：中共甲壮族自治区纪律检查委员会 gives no dispatcher to its teams (the commission, no unit's body)": {
        "text": "自治区党委第一巡视组向乙市委反馈巡视情况\n3月5日，自治区党委第一巡视组向乙市委反馈巡视情况。\n主办：中共甲壮族自治区纪律检查委员会"
                "　甲壮族自治区监察委员会\n",
        "inspections": {("自治区党委第一巡视组", "乙市委")},
        "issued": "2024-03-06",
    },
    "the same in Traditional, 關於巡察整改情況的通報（T，11月3日反饋）": {
        "text": "縣委第五輪巡察整改情況公開\n1.縣林業局黨組關於巡察整改情況的通報（縣委第一巡察組，2023年11月3日反饋）\n"
                "2.城關鎮黨委關於巡察整改情況的通報（縣委第二巡察組，2023年11月6日反饋）\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
        "feedback": {("县委第一巡察组", "县林业局党组", "2023-11-03"), ("县委第二巡察组", "城关镇党委", "2023-11-06")},
    },
    "negative: （T，3月5日进驻） after a unit: the day it moved in, no feedback": {
        "text": "县委第五轮巡察完成进驻\n1.县林业局党组（县委第一巡察组，2023年3月5日进驻）\n2.城关镇党委（县委第二巡察组，2023年3月6日进驻）\n",
        "feedback": set(),
    },
    "negative: 组长强调，巡视组将紧紧围绕…这个中心 (巡视组 there is the team's noun, not the verb 巡视 before a unit)": {
        "text": "省委第八巡视组巡视甲市工作动员会召开\n4月1日，省委第八巡视组巡视甲市工作动员会召开。省委第八巡视组组长强调，"
                "巡视组将紧紧围绕党风廉政建设和反腐败工作这个中心，突出“四个着力”。\n",
        "inspections": {("省委第八巡视组", "甲市")},
        "issued": "2024-04-02",
    },
    "the same in Traditional, 組長指出，巡察組將聚焦…這個重點": {
        "text": "縣委第二巡察組巡察縣林業局黨組工作動員會召開\n4月1日，縣委第二巡察組巡察縣林業局黨組工作動員會召開。縣委第二巡察組組長指出，"
                "巡察組將聚焦群眾身邊腐敗問題和不正之風這個重點，扎實開展工作。\n",
        "inspections": {("县委第二巡察组", "县林业局党组")},
        "issued": "2024-04-02",
    },
    "T对A开展常规巡察，反馈了X、Y等问题 (the team's feedback said by what it fed back, its subject shared)": {
        "text": "甲镇：以巡察整改推动产业发展\n去年10月至12月，市委第三巡察组对甲镇党委开展常规巡察，反馈了安全生产监管存在薄弱环节、"
                "基层干部作风不实等问题。\n",
        "inspections": {("市委第三巡察组", "甲镇党委")},
        "feedback": {("市委第三巡察组", "甲镇党委", None)},
        "issued": "2024-04-12",
    },
    "the same in Traditional, 並反饋了X等3個方面問題": {
        "text": "乙鄉推進巡察整改\n去年，縣委第二巡察組對乙鄉黨委開展常規巡察，並反饋了落實主體責任不到位等3個方面問題。\n",
        "inspections": {("县委第二巡察组", "乙乡党委")},
        "feedback": {("县委第二巡察组", "乙乡党委", None)},
        "issued": "2024-04-12",
    },
    "negative: T对A开展常规巡察，群众反映了X等问题 (no feedback said)": {
        "text": "甲镇巡察工作有序推进\n目前，市委第三巡察组对甲镇党委开展常规巡察，群众反映了安全生产监管存在薄弱环节等问题。\n",
        "inspections": {("市委第三巡察组", "甲镇党委")},
        "feedback": set(),
        "issued": "2024-04-12",
    },
    "A（day，T反馈） on a line each, under a round's feedback news: the team's feedback to A that day (not its entry)": {
        "text": "十四届市委第六轮巡察完成反馈\n十四届市委第六轮巡察对甲镇、乙镇、丙镇3个镇党委开展了常规巡察。近日，市委巡察组完成反馈，具体如下：\n"
                "甲镇党委（4月15日，市委第一巡察组反馈）\n乙镇党委（4月15日，市委第二巡察组反馈）\n丙镇党委（4月16日，市委第一巡察组反馈）\n",
        "inspections": {("市委第一巡察组", "甲镇党委"), ("市委第二巡察组", "乙镇党委"), ("市委第一巡察组", "丙镇党委")},
        "feedback": {("市委第一巡察组", "甲镇党委", "2024-04-15"), ("市委第二巡察组", "乙镇党委", "2024-04-15"),
                     ("市委第一巡察组", "丙镇党委", "2024-04-16")},
        "dates": {"甲镇党委": (None, None)},
        "issued": "2024-04-19",
    },
    "A（T，day）：problems, under a lead that tells the round's feedback: the team's feedback to A that day": {
        "text": "中管高校巡视反馈情况\n6月12日至15日，中央巡视组陆续向被巡视高校党委反馈了专项巡视情况。以下为部分高校反馈情况：\n"
                "甲大学（中央第十四巡视组，6月13日）：学校党委把方向作用发挥不够充分；校办企业管理不规范。\n"
                "乙大学（中央第二巡视组，6月12日）：选人用人不够规范；基层党组织建设薄弱。\n",
        "inspections": {("中央第十四巡视组", "甲大学"), ("中央第二巡视组", "乙大学")},
        "feedback": {("中央第十四巡视组", "甲大学", "2017-06-13"), ("中央第二巡视组", "乙大学", "2017-06-12")},
        "issued": "2017-06-16",
    },
    "the same in Traditional, 甲市委（T，day）：": {
        "text": "省委巡視反饋情況\n7月上旬，省委巡視組陸續向被巡視黨組織反饋了巡視情況。各地反饋情況如下：\n"
                "甲市委（省委第一巡視組，7月3日）：落實主體責任不夠有力；選人用人把關不嚴。\n乙市委（省委第二巡視組，7月5日）：基層黨組織軟弱渙散。\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第二巡视组", "乙市委")},
        "feedback": {("省委第一巡视组", "甲市委", "2021-07-03"), ("省委第二巡视组", "乙市委", "2021-07-05")},
        "issued": "2021-07-20",
    },
    "negative: A（T，day）： under a lead that tells the round's entry: the day is no feedback's": {
        "text": "省委巡视组完成进驻\n3月上旬，省委巡视组陆续进驻被巡视党组织。各组进驻情况如下：\n"
                "甲市委（省委第一巡视组，3月3日）：\n乙市委（省委第二巡视组，3月5日）：\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第二巡视组", "乙市委")},
        "feedback": set(),
        "issued": "2021-03-20",
    },
    "10月21日，…集中反馈会召开。⏎会上，…：A；B；C；D；E；F。⏎会议要求…⏎当天，N个巡视组分别…反馈 (the meeting's day, three paragraphs back)": {
        "text": "省委第五轮巡视集中反馈会召开\n10月21日，省委第五轮巡视集中反馈会在省城召开。根据省委统一部署，省委第五轮巡视对甲大学、乙大学等2所省属高校"
                "党委开展了常规巡视。\n会上，省委巡视办负责同志指出了共性问题：理论学习不够深入；立德树人有差距；意识形态工作责任制落实不到位；招生领域廉洁风险突出；"
                "选人用人不够规范；整改不到位。\n会议要求，各被巡视党组织要把巡视整改作为重大政治任务。\n当天，2个巡视组分别向被巡视党组织主要负责人反馈了巡视情况。\n",
        "inspections": {("巡视组", "甲大学"), ("巡视组", "乙大学")},
        "feedback": {("巡视组", "甲大学", "2020-10-21"), ("巡视组", "乙大学", "2020-10-21")},
        "issued": "2020-10-22",
    },
    "the same in Traditional, 當日，各巡察組分別…反饋": {
        "text": "縣委第三輪巡察集中反饋會召開\n5月8日，縣委第三輪巡察集中反饋會召開。縣委第三輪巡察對縣林業局、縣水利局2個單位黨組織開展了常規巡察。\n"
                "會上，縣委巡察辦負責同志指出了共性問題：主體責任落實不到位；財務管理不規範；項目監管不嚴；幹部作風不實；制度執行不嚴；整改不徹底。\n"
                "會議要求，各被巡察黨組織要抓好整改。\n當日，各巡察組分別向被巡察黨組織主要負責人反饋了巡察情況。\n",
        "inspections": {("巡察组", "县林业局"), ("巡察组", "县水利局")},
        "feedback": {("巡察组", "县林业局", "2023-05-08"), ("巡察组", "县水利局", "2023-05-08")},
        "issued": "2023-05-09",
    },
    "negative: 当天 three paragraphs after a day that was no feedback's (a work meeting): no day": {
        "text": "县委第三轮巡察完成反馈\n5月8日，县委召开巡察工作会议。县委第三轮巡察对县林业局、县水利局2个单位党组织开展了常规巡察。\n"
                "会上，县委巡察办负责同志指出了共性问题：主体责任落实不到位；财务管理不规范；项目监管不严；干部作风不实；制度执行不严；整改不彻底。\n"
                "会议要求，各被巡察党组织要抓好整改。\n当天，各巡察组分别向被巡察党组织主要负责人反馈了巡察情况。\n",
        "feedback": {("巡察组", "县林业局", None), ("巡察组", "县水利局", None)},
        "issued": "2023-05-09",
    },
    "a poster's caption lines, T ➡ A under 📍 巡视对象 (the arrows of posters and WeChat captions)": {
        "text": "一图读懂丨十一届省委第三轮巡视完成进驻\n[图片]\n十一届省委第三轮巡视\n🎯 巡视方式：常规巡视\n📍 巡视对象\n"
                "省委第一巡视组 ➡ 甲市\n省委第二巡视组 ⇒ 乙市\n省委第三巡视组 ⟶ 省交通运输厅党组\n",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第二巡视组", "乙市"), ("省委第三巡视组", "省交通运输厅党组")},
        "feedback": set(),
        "issued": "2023-03-10",
    },
    "▌反馈对象 over T → A lines, a poster's broken lead (7月2日至5日⏎…全部完成反馈): each team's feedback": {
        "text": "一图读懂 | 十一届省委第二轮巡视完成反馈\n7月2日至5日\n十一届省委第二轮巡视\n全部完成反馈\n▌反馈对象\n"
                "省委第一巡视组 → 甲市委\n省委第二巡视组 → 乙市委\n",
        "inspections": {("省委第一巡视组", "甲市委"), ("省委第二巡视组", "乙市委")},
        "feedback": {("省委第一巡视组", "甲市委", None), ("省委第二巡视组", "乙市委", None)},
        "issued": "2018-07-06",
    },
    "the same in Traditional, 【反饋單位】 over T ➡ A": {
        "text": "一圖讀懂｜縣委第五輪巡察反饋\n本輪巡察共派出2個巡察組\n【反饋單位】\n縣委第一巡察組 ➡ 縣林業局黨組\n縣委第二巡察組 ➡ 城關鎮黨委\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
        "feedback": {("县委第一巡察组", "县林业局党组", None), ("县委第二巡察组", "城关镇党委", None)},
        "issued": "2023-07-06",
    },
    "根据…领导小组的统一部署，中央巡视组分别对A、B…进行巡视 (undated, the group's units a deployment names)": {
        "text": "中央巡视组第一轮巡视工作全面展开\n截至5月30日，中央10个巡视组已全部进驻。根据中央巡视工作领导小组的统一部署，"
                "中央巡视组分别对甲省、乙省、水利部、中国人民大学进行巡视。\n",
        "inspections": {("中央巡视组", "甲省"), ("中央巡视组", "乙省"), ("中央巡视组", "水利部"), ("中央巡视组", "中国人民大学")},
        "issued": "2013-05-31",
    },
    "the same in Traditional, 按照縣委巡察工作安排，縣委巡察組對A、B進行巡察": {
        "text": "縣委巡察工作動態\n按照縣委巡察工作安排，縣委巡察組分別對縣林業局、城關鎮進行巡察。\n",
        "inspections": {("县委巡察组", "县林业局"), ("县委巡察组", "城关镇")},
        "issued": "2023-05-31",
    },
    "negative: 根据…部署，巡视组对被巡视单位进行巡视 (the units not named: what teams do)": {
        "text": "巡视工作规定解读\n根据中央统一部署，巡视组对被巡视单位进行巡视，重点发现问题。\n",
        "inspections": set(),
        "issued": "2023-05-31",
    },
    "对A、B、C等金融管理部门和中管金融企业党组织开展常规巡视 (a list closed by two kinds joined after 等)": {
        "text": "二十届中央第三轮巡视完成反馈\n根据党中央统一部署，2023年10月至2024年1月，二十届中央第三轮巡视对甲银行、乙监督管理总局、"
                "丙外汇管理局等金融管理部门和中管金融企业党组织开展常规巡视。\n",
        "inspections": {(None, "甲银行"), (None, "乙监督管理总局"), (None, "丙外汇管理局")},
        "issued": "2024-04-11",
    },
    "the same in Traditional, 等縣直部門、鄉鎮和國有企業黨組織": {
        "text": "縣委第三輪巡察進駐\n2023年10月，縣委第三輪巡察對縣林業局、城關鎮、縣城投公司等縣直部門、鄉鎮和國有企業黨組織開展常規巡察。\n",
        "inspections": {(None, "县林业局"), (None, "城关镇"), (None, "县城投公司")},
        "issued": "2023-10-20",
    },
    "公布了T对A、B常规巡视的反馈情况 (the mode before 巡视 is no part of the units)": {
        "text": "中央巡视组反馈情况公布\n网站公布了中央巡视组对甲集团公司、乙集团公司常规巡视的反馈情况。\n",
        "inspections": {("中央巡视组", "甲集团公司"), ("中央巡视组", "乙集团公司")},
        "feedback": {("中央巡视组", "甲集团公司", None), ("中央巡视组", "乙集团公司", None)},
        "issued": "2015-06-16",
    },
    "the same in Traditional, 對A專項巡視的反饋情況": {
        "text": "中紀委專項巡視\n中紀委網站近日公佈中央巡視組對甲電力公司專項巡視的反饋情況。\n",
        "inspections": {("中央巡视组", "甲电力公司")},
        "feedback": {("中央巡视组", "甲电力公司", None)},
        "issued": "2015-06-16",
    },
    "T巡视A、B…… (a list the page cuts short with an ellipsis)": {
        "text": "省委第四轮巡视完成进驻\n省委第一巡视组巡视甲市，省委第七巡视组巡视甲投资集团有限责任公司，省委第八巡视组巡视甲石油大学、乙理工大学……\n",
        "inspections": {("省委第一巡视组", "甲市"), ("省委第七巡视组", "甲投资集团有限责任公司"), ("省委第八巡视组", "甲石油大学"),
                        ("省委第八巡视组", "乙理工大学")},
        "issued": "2019-04-01",
    },
    "the same in Traditional, T巡察A、B……": {
        "text": "縣委第五輪巡察完成進駐\n縣委第一巡察組巡察縣林業局，縣委第二巡察組巡察城關鎮、河東鄉……\n",
        "inspections": {("县委第一巡察组", "县林业局"), ("县委第二巡察组", "城关镇"), ("县委第二巡察组", "河东乡")},
        "issued": "2019-04-01",
    },
    "今年第一轮接受中央巡视的A、B等地，以及C、D等单位已陆续公布巡视整改情况 (two lists over ，以及; the units that received it)": {
        "text": "多地公开巡视整改情况\n截至31日，今年第一轮接受中央巡视的甲省、乙省、丙市等地，以及甲部、乙集团等单位已陆续公布巡视整改情况。\n",
        "inspections": {(None, u) for u in ("甲省", "乙省", "丙市", "甲部", "乙集团")},
        "issued": "2014-10-31",
    },
    "the same in Traditional, A、B等地，以及C等單位已陸續公佈巡視整改情況": {
        "text": "多地公開巡視整改情況\n截至31日，甲省、乙省等地，以及甲部等單位已陸續公佈巡視整改情況。\n",
        "inspections": {(None, u) for u in ("甲省", "乙省", "甲部")},
        "issued": "2014-10-31",
    },
    "各巡视组组长和巡视对象如下：⏎T 组长 NAME 巡视对象 A (the leader's cell before the units' label, no colons)": {
        "text": "中央巡视完成进驻\n各巡视组组长和巡视对象如下：\n中央第一巡视组 组长 王怀臣 巡视对象 甲银行\n中央第二巡视组　组长　叶冬松　巡视对象　乙监督管理委员会\n",
        "inspections": {("中央第一巡视组", "甲银行"), ("中央第二巡视组", "乙监督管理委员会")},
        "issued": "2021-10-19",
    },
    "the same in Traditional, T 副組長 NAME 巡察對象 A": {
        "text": "縣委巡察完成進駐\n各巡察組組長和巡察對象如下：\n縣委第一巡察組 組長 王懷臣 巡察對象 縣林業局\n縣委第二巡察組 組長 葉冬松 巡察對象 城關鎮\n",
        "inspections": {("县委第一巡察组", "县林业局"), ("县委第二巡察组", "城关镇")},
        "issued": "2021-10-19",
    },
    "【甲省】⏎巡视组：T　反馈时间：10月9日⏎反馈指出：… (a digest's card of a unit: its team's feedback on that day)": {
        "text": "中央巡视组第二轮巡视反馈完毕\n10月9日至11日，中央巡视组陆续向2014年第二轮巡视的13个地方和单位反馈巡视情况。\n【甲省】\n"
                "巡视组：中央第三巡视组　反馈时间：10月9日\n反馈指出：一些领导干部亲属经商办企业问题较为突出。\n【乙省】\n"
                "巡视组：中央第二巡视组　反馈时间：10月10日\n反馈指出：一些地方违规占地问题严重。\n",
        "inspections": {("中央第三巡视组", "甲省"), ("中央第二巡视组", "乙省")},
        "feedback": {("中央第三巡视组", "甲省", "2014-10-09"), ("中央第二巡视组", "乙省", "2014-10-10")},
        "issued": "2014-10-13",
    },
    "the same in Traditional, 【甲市委】⏎巡察組：T　反饋日期：5月8日": {
        "text": "縣委巡察反饋完畢\n【甲鎮黨委】\n巡察組：縣委第一巡察組　反饋日期：5月8日\n反饋指出：財務管理不規範。\n",
        "inspections": {("县委第一巡察组", "甲镇党委")},
        "feedback": {("县委第一巡察组", "甲镇党委", "2023-05-08")},
        "issued": "2023-05-20",
    },
    "组别／巡察对象／驻点地址／联系电话 rows (the team's address and telephone are cells of no unit)": {
        "text": "县委巡察完成进驻\n具体安排如下：\n组别／巡察对象／驻点地址／联系电话\n县委第一巡察组／东坝镇党委／东坝镇人民政府三楼／0371-26911001\n"
                "县委第二巡察组／固阳镇党委、三义寨乡党委／固阳镇人民政府二楼／0371-26911002\n",
        "inspections": {("县委第一巡察组", "东坝镇党委"), ("县委第二巡察组", "固阳镇党委"), ("县委第二巡察组", "三义寨乡党委")},
        "issued": "2023-05-09",
    },
    "the same in Traditional, 組別｜巡察對象｜駐點地址｜聯繫電話": {
        "text": "縣委巡察完成進駐\n組別｜巡察對象｜駐點地址｜聯繫電話\n縣委第一巡察組｜東壩鎮黨委｜東壩鎮人民政府三樓｜0371-26911001\n",
        "inspections": {("县委第一巡察组", "东坝镇党委")},
        "issued": "2023-05-09",
    },
    "反馈情况一览：⏎组别；被巡察党组织；反馈时间⏎T；A；7月26日 (a table a crawler flattened with semicolons)": {
        "text": "七届市委第二轮巡察反馈工作全面完成\n7月下旬至8月初，市委4个巡察组向12个被巡察党组织反馈巡察情况。\n反馈情况一览：\n"
                "组别；被巡察党组织；反馈时间\n市委第一巡察组；市统计局党组；7月27日\n市委第二巡察组；市教育局党组；7月28日\n"
                "市委第三巡察组；市水利和湖泊局党组；8月1日\n",
        "inspections": {("市委第一巡察组", "市统计局党组"), ("市委第二巡察组", "市教育局党组"), ("市委第三巡察组", "市水利和湖泊局党组")},
        "feedback": {("市委第一巡察组", "市统计局党组", "2022-07-27"), ("市委第二巡察组", "市教育局党组", "2022-07-28"),
                     ("市委第三巡察组", "市水利和湖泊局党组", "2022-08-01")},
        "issued": "2022-08-05",
    },
    "negative: three sentences with two semicolons each (a list of problems, no table)": {
        "text": "县委第一巡察组向县林业局党组反馈巡察情况\n9月5日，县委第一巡察组向县林业局党组反馈巡察情况。\n主要问题：学习不深入；落实不到位；监督不严格\n"
                "整改要求：立行立改；建章立制；举一反三\n工作安排：先自查；再督查；后验收\n",
        "inspections": {("县委第一巡察组", "县林业局党组")},
        "issued": "2022-09-06",
    },
    "各单位巡察安排：⏎T⏎A⏎6月5日⏎T2⏎B⏎6月6日 (a table one cell a line, its header lost: each team over its unit and day)": {
        "text": "市委第四轮巡察进驻\n6月5日至8日，市委第四轮巡察完成进驻。各单位巡察安排：\n市委第一巡察组\n市教育局党委\n6月5日\n"
                "市委第二巡察组\n市商务局党组\n6月6日\n市委第三巡察组\n市体育局党组\n6月7日\n",
        "inspections": {("市委第一巡察组", "市教育局党委"), ("市委第二巡察组", "市商务局党组"), ("市委第三巡察组", "市体育局党组")},
        "issued": "2018-06-11",
    },
    "the same in Traditional, T⏎A⏎2023年5月8日": {
        "text": "縣委巡察進駐\n各組進駐安排：\n縣委第一巡察組\n縣林業局黨組\n2023年5月8日\n縣委第二巡察組\n城關鎮黨委\n2023年5月9日\n",
        "inspections": {("县委第一巡察组", "县林业局党组"), ("县委第二巡察组", "城关镇党委")},
        "issued": "2023-05-20",
    },
    "第一轮聚焦金融板块，对A、B等29家中管金融企业和金融管理部门党组织开展常规巡视 (a summary of the term's rounds, each opened by its number)": {
        "text": "中央巡视全覆盖路线图\n党的二十大以来，中央巡视组已连续完成四轮常规巡视。第一轮聚焦金融板块，对华岳开发银行、中国启明银行等29家中管金融企业"
                "和金融管理部门党组织开展常规巡视。第四轮则对北辰能源集团有限公司、南岭电网有限公司等34家中管企业党组（党委）开展常规巡视。",
        "inspections": {(None, u) for u in ("华岳开发银行", "中国启明银行", "北辰能源集团有限公司", "南岭电网有限公司")},
        "issued": "2025-02-11",
    },
    "the same in Traditional, 第三輪覆蓋高校，對A、B等34所中管高校黨委開展常規巡視": {
        "text": "本屆巡視回顧\n本屆中央巡視已完成四輪。第三輪覆蓋高校，對北辰大學、南嶺大學等34所中管高校黨委開展常規巡視，重點聚焦立德樹人根本任務。",
        "inspections": {(None, "北辰大学"), (None, "南岭大学")},
        "issued": "2025-02-11",
    },
    "a county's rounds: 第五轮对A、B和C开展了常规巡察": {
        "text": "县委巡察工作综述\n十一届县委已完成五轮巡察。第五轮对县水利局党组、县林业局党组和城关镇党委开展常规巡察，发现问题126个。",
        "inspections": {(None, "县水利局党组"), (None, "县林业局党组"), (None, "城关镇党委")},
        "issued": "2024-01-08",
    },
    "negative: 对A、B等10家省直单位和省属企业党组织 (the count's second kind after 和, no unit of its own)": {
        "text": "省委第一轮巡视启动\n十三届省委第一轮巡视对省发展改革委、省财政厅等10家省直单位和省属企业党组织开展常规巡视。",
        "inspections": {(None, "省发展改革委"), (None, "省财政厅")},
        "issued": "2023-03-10",
    },
    "中央巡视组…同时对A、中国北辰科学院开展专项巡视 … 中央第十巡视组对北辰科院进行了专项巡视 (the unit the team's inspection writes short is the team's)": {
        "text": "中央巡视组反馈\n从今年7月底开始，中央巡视组对渭川、云岭等2个省开展常规巡视，同时对国家林草总局、中国北辰科学院开展专项巡视。\n"
                "7月31日至9月5日，中央第十巡视组对北辰科院进行了专项巡视。中央第四巡视组对云岭省进行了常规巡视。昨日，中央巡视组分别向"
                "中国北辰科学院和云岭省反馈巡视情况。",
        "inspections": {(None, "渭川"), ("中央第四巡视组", "云岭省"), (None, "国家林草总局"), ("中央第十巡视组", "中国北辰科学院")},
        "feedback": {("中央第四巡视组", "云岭省", "2014-10-31"), ("中央第十巡视组", "中国北辰科学院", "2014-10-31")},
        "issued": "2014-11-01",
    },
    "the same in Traditional, 中央巡視組對A、中國林業科學研究院開展了專項巡視 … 中央第三巡視組對中林院": {
        "text": "中央巡視組反饋\n今年，中央巡視組對國家體育總局、中國林業科學研究院開展了專項巡視。中央第三巡視組對中林院進行了專項巡視，"
                "中央第五巡視組對國家體育總局進行了專項巡視。",
        "inspections": {("中央第五巡视组", "国家体育总局"), ("中央第三巡视组", "中国林业科学研究院")},
        "issued": "2014-11-01",
    },
    "negative: 北辰大学 is not 北辰理工大学 written short (a word written into the name: another unit)": {
        "text": "中央巡视组进驻高校\n今年，中央巡视组对北辰理工大学、南岭大学开展了专项巡视。中央第一巡视组对北辰大学进行了专项巡视，"
                "中央第二巡视组对南岭大学进行了专项巡视。",
        "inspections": {(None, "北辰理工大学"), ("中央第二巡视组", "南岭大学"), ("中央第一巡视组", "北辰大学")},
        "issued": "2014-11-01",
    },
    "a table's markup left in the text: <tr><td>T</td><td>A<br>B</td></tr> (each row a team and its cell's units)": {
        "text": "市委第五轮巡察动员部署会召开\n本轮巡察共派出2个巡察组，对4个市级机关部门党组织开展常规巡察。具体安排如下：\n"
                "<table border=\"1\"><tr><td>巡察组</td><td>被巡察单位</td></tr>\n<tr><td>市委第一巡察组</td><td>市发展和改革委员会<br>市物价局</td></tr>\n"
                "<tr><td>市委第二巡察组</td><td>市教育局<br>市科学技术局</td></tr></table>",
        "inspections": {("市委第一巡察组", "市发展和改革委员会"), ("市委第一巡察组", "市物价局"), ("市委第二巡察组", "市教育局"),
                        ("市委第二巡察组", "市科学技术局")},
        "issued": "2018-04-11",
    },
    "the same in Traditional, a third cell of dates (受理信訪時間)": {
        "text": "中央第八輪巡視完成進駐\n各巡視組進駐情況如下：\n<table><tr><td>巡視組</td><td>被巡視黨組織</td><td>受理信訪時間</td></tr>\n"
                "<tr><td>中央第四巡視組</td><td>國家外匯局黨組<br>中國出口信用保險公司黨委</td><td>10月14日至12月15日</td></tr>\n"
                "<tr><td>中央第五巡視組</td><td>國家開發銀行黨委</td><td>10月14日至12月15日</td></tr></table>",
        "inspections": {("中央第四巡视组", "国家外汇局党组"), ("中央第四巡视组", "中国出口信用保险公司党委"), ("中央第五巡视组", "国家开发银行党委")},
        "issued": "2021-10-18",
    },
    "negative: an inline tag inside a unit's name (市<b>财政局</b>党组) leaves it whole": {
        "text": "市委巡察组进驻\n4月10日，市委第一巡察组进驻市<b>财政局</b>党组开展常规巡察。",
        "inspections": {("市委第一巡察组", "市财政局党组")},
        "issued": "2018-04-11",
    },
    "中央巡视组对A、B、C、D等29所高校开展了专项巡视 … 中央第四巡视组向A反馈 (the bare name's units beyond the one team's: the round's)": {
        "text": "29所中管高校巡视反馈\n今年2月底至4月底，中央巡视组对北辰大学、南岭大学、东川大学、西岭大学等29所中管高校党委开展了专项巡视。\n"
                "6月13日，中央第四巡视组向北辰大学党委反馈巡视情况。",
        "inspections": {("中央巡视组", "南岭大学"), ("中央巡视组", "东川大学"), ("中央巡视组", "西岭大学"), ("中央第四巡视组", "北辰大学党委")},
        "issued": "2017-06-16",
    },
    "the same in Traditional, 中央巡視組對A、B、C、D4省的「回頭看」反饋 … 中央第三巡視組向A省委反饋": {
        "text": "中央巡視回頭看反饋\n中央巡視組對雲嶺、渭川、澤南、湘北4省開展了巡視「回頭看」。6月3日，中央第三巡視組向雲嶺省委反饋「回頭看」情況。",
        "inspections": {("中央巡视组", "渭川"), ("中央巡视组", "泽南"), ("中央巡视组", "湘北"), ("中央第三巡视组", "云岭省委")},
        "issued": "2016-06-05",
    },
    "negative: one team's page, its bare name on the same unit (省委巡视组向甲市委反馈): that team's": {
        "text": "省委第二巡视组巡视甲市反馈\n3月至5月，省委第二巡视组对北辰市委开展了常规巡视。6月3日，省委巡视组向北辰市委反馈巡视情况。",
        "inspections": {("省委第二巡视组", "北辰市委")},
        "feedback": {("省委第二巡视组", "北辰市委", "2024-06-03")},
        "issued": "2024-06-05",
    },
    "巡视对象具体是：A、B、C、D4个省区，E、F2个中央和国家机关，以及G、H2家中管金融企业 (groups parted by commas, each closed by its count)": {
        "text": "中央第二轮巡视完成进驻\n中央第二轮巡视将对8个地方和单位开展脱贫攻坚专项巡视。截至10月11日，15个中央巡视组已全部完成进驻。"
                "巡视对象具体是：渭川、云岭、泽南、湘北4个省区，国务院扶贫办、国家发展改革委2个中央和国家机关，以及华岳开发银行、中国启明发展银行"
                "2家中管金融企业。",
        "inspections": {(None, u) for u in ("渭川", "云岭", "泽南", "湘北", "国务院扶贫办", "国家发展改革委", "华岳开发银行", "中国启明发展银行")},
        "issued": "2018-10-12",
    },
    "the same in Traditional, a question and answer: 答：巡視對象主要是…。具體是：A、B2個省區，以及C、D2家…": {
        "text": "中央巡視辦負責人答記者問\n問：這次專項巡視的對象是怎麼確定的？\n答：巡視對象主要是脫貧攻堅任務較重的中西部省區。具體是：渭川、"
                "雲嶺2個省區，以及華嶽開發銀行、中國啟明發展銀行2家中管金融企業。",
        "inspections": {(None, u) for u in ("渭川", "云岭", "华岳开发银行", "中国启明发展银行")},
        "issued": "2018-10-12",
    },
    "negative: 具体是： after a sentence on something else (the items of a plan, no units)": {
        "text": "县委巡察办召开会议\n会议部署了下一阶段工作。具体是：完善巡察制度、加强队伍建设、推进成果运用3个方面。",
        "no_inspections": True,
        "issued": "2018-10-12",
    },
    "对A、B、C等党组织开展常规巡察 (the list closed by 等党组织, no unit of its own)": {
        "text": "旗委巡察公告\n根据旗委统一部署，旗委4个巡察组将于4月8日起陆续进驻，对旗教育局党组、巴音塔拉苏木党委、查干诺尔镇党委等党组织"
                "开展常规巡察。",
        "inspections": {("旗委巡察组", "旗教育局党组"), ("旗委巡察组", "巴音塔拉苏木党委"), ("旗委巡察组", "查干诺尔镇党委")},
        "issued": "2024-04-08",
    },
    "the same in Traditional, 對A、B等黨組織開展了巡察": {
        "text": "縣委巡察\n今年5月，縣委巡察組對縣水利局黨組、城關鎮黨委等黨組織開展了常規巡察。",
        "inspections": {("县委巡察组", "县水利局党组"), ("县委巡察组", "城关镇党委")},
        "issued": "2024-07-08",
    },
    "本轮巡视对3个地级市、2个县（市）…和2所高校党组织开展常规巡视。具体如下：⏎地级以上市（3个）：A、B、C；⏎… (kinds' lines after a sentence of counts)": {
        "text": "省委第三轮巡视完成进驻\n近日，省委第三轮巡视13个巡视组陆续完成进驻工作。本轮巡视对3个地级市、2个县（市）、2个省直单位和2所高校"
                "党组织开展常规巡视。具体如下：\n地级以上市（3个）：韶关市、梅州市、云浮市；\n县（市）（2个）：乐昌市、南雄市；\n"
                "省直单位（2个）：省发展改革委、省教育厅；\n高校（2所）：华南师范大学、广东工业大学。\n",
        "inspections": {(None, u) for u in ("韶关市", "梅州市", "云浮市", "乐昌市", "南雄市", "省发展改革委", "省教育厅", "华南师范大学",
                                            "广东工业大学")},
        "issued": "2018-09-20",
    },
    "the same in Traditional, 具體如下：⏎省屬企業（2家）：A、B。": {
        "text": "省委第五輪巡視完成進駐\n本輪巡視對2個省直單位、2家省屬企業黨組織開展常規巡視。具體如下：\n省直單位（2個）：省民政廳、省司法廳；\n"
                "省屬企業（2家）：北辰交通集團有限公司、南嶺能源集團有限公司。\n",
        "inspections": {(None, u) for u in ("省民政厅", "省司法厅", "北辰交通集团有限公司", "南岭能源集团有限公司")},
        "issued": "2018-09-20",
    },
    "negative: 具体如下： after a sentence that counts no inspected units (the office's plan, its lines no units)": {
        "text": "市委巡察办工作安排\n今年巡察办将重点抓好三项工作。具体如下：\n一是（1项）：完善巡察制度；\n二是（1项）：加强队伍建设。\n",
        "no_inspections": True,
        "issued": "2018-09-20",
    },
    "…巡视完成进驻。市委13个巡视组对A、B开展巡视 (the round's start said before the statement, in its paragraph)": {
        "text": "要闻简报\n北京 6月1日，市委第十二轮巡视完成进驻。市委13个巡视组对北辰市委党校、北辰市医院管理中心开展巡视。（京纪宣）",
        "inspections": {("北辰市委巡视组", "北辰市委党校"), ("北辰市委巡视组", "北辰市医院管理中心")},
        "issued": "2021-06-08",
    },
    "the same in Traditional, …巡察動員部署會召開。縣委4個巡察組對A、B開展巡察": {
        "text": "縣委巡察動員\n縣委第三輪巡察工作動員部署會召開。縣委4個巡察組對縣水利局黨組、城關鎮黨委開展常規巡察。",
        "inspections": {("县委巡察组", "县水利局党组"), ("县委巡察组", "城关镇党委")},
        "issued": "2021-06-08",
    },
    "negative: a statement with no start, date or deed said (巡察组对A开展巡察，发现问题要及时移交: a rule)": {
        "text": "县委巡察办学习会\n会议学习了巡察工作规定。巡察组对被巡察单位开展巡察，发现问题要及时移交。",
        "no_inspections": True,
        "issued": "2021-06-08",
    },
    "第N轮巡视的A、B等13个省区市党委，C等11个中央单位党组…公布…。…对上述26个地方和单位党组织开展了巡视: the units named in part": {
        "text": "26个地方和单位党组织公布专项巡视整改进展情况\n近日，十九届中央第二轮巡视的河北、山西等13个省区市党委，国家发展改革委、财政部"
                "等11个中央单位党组，以及中国农业发展银行、国家开发银行2家金融单位党委，陆续公布专项巡视整改进展情况。2018年10月中旬至12月"
                "中旬，中央巡视组对上述26个地方和单位党组织开展了脱贫攻坚专项巡视。",
        "inspections": {("中央巡视组", t) for t in ("河北", "山西", "国家发展改革委", "财政部", "中国农业发展银行", "国家开发银行")},
        "issued": "2019-05-06",
    },
    "the same in Traditional, 對上述13個省區市黨委": {
        "text": "整改情況公布\n近日，第二輪巡視的河北、山西等13個省區市黨委陸續公布整改進展情況。2018年10月至12月，中央巡視組對上述13個"
                "省區市黨委開展了專項巡視。",
        "inspections": {("中央巡视组", "河北"), ("中央巡视组", "山西")},
        "issued": "2019-05-06",
    },
    "negative: 对上述4个单位 after A、B named in full (two, not four: the count stands)": {
        "text": "巡察工作动态\n近日，市委第一巡察组对市水利局、市财政局开展了巡察。3月，市委第二巡察组对上述4个单位开展了巡察。",
        "inspections": {("市委第一巡察组", "市水利局"), ("市委第一巡察组", "市财政局")},
        "issued": "2019-05-06",
    },
    "其中，T1巡视A市（延伸巡视B县），T2巡视C州（延伸巡视D县）: each team's city and the county it extended to": {
        "text": "巡视整改进展情况公布\n2022年9月至11月，省委第二轮巡视对定边市、陇川市2个市党委开展了常规巡视，并延伸巡视了部分县。其中，"
                "省委第一巡视组巡视定边市（延伸巡视岷河县），省委第二巡視組巡視隴川市（延伸巡視宕山縣）。",
        "inspections": {("省委第一巡视组", "定边市"), ("省委第一巡视组", "岷河县"), ("省委第二巡视组", "陇川市"), ("省委第二巡视组", "宕山县")},
        "issued": "2023-04-21",
    },
    "第N轮巡视的A、B等…公布整改进展。…中央巡视组对25家金融单位党组织开展了常规巡视: the round's count and the units named": {
        "text": "金融单位公布巡视整改进展情况\n近日，十九届中央第八轮巡视的中国人民银行、中国证监会等金融管理部门党委（党组），以及国家开发银行、"
                "中国银行等中管金融企业党委，陆续公布巡视整改进展情况。2021年10月至12月，中央巡视组对25家金融单位党组织开展了常规巡视。",
        "inspections": {(None, t) for t in ("中国人民银行", "中国证监会", "国家开发银行", "中国银行")}
                       | {("中央巡视组", "25家金融单位党组织")},
        "issued": "2022-05-27",
    },
    "negative: a numbered team's count of more units than the list names (T对5个单位开展…, A、B named apart): the count stands": {
        "text": "巡察工作动态\n近日，县委第二轮巡察的县水利局、县财政局陆续公布整改进展情况。2021年10月，县委第一巡察组对5个单位开展了常规巡察。",
        "inspections": {(None, "县水利局"), (None, "县财政局"), ("县委第一巡察组", "5个单位")},
        "issued": "2022-05-27",
    },
    "…将对29所中管高校党委开展专项巡视。…本轮巡视的29所中管高校是：A、B、C (the round's units by their kind; the count none)": {
        "text": "十八届中央第十二轮巡视完成进驻\n经党中央批准，十八届中央第十二轮巡视将对29所中管高校党委开展专项巡视。截至3月3日，中央巡视组"
                "已全部完成进驻。\n本轮巡视的29所中管高校是：北辰大学、南岭大学、东海航空航天大学、西川理工大学",
        "inspections": {(None, "北辰大学"), (None, "南岭大学"), (None, "东海航空航天大学"), (None, "西川理工大学"),
                        (None, "29所中管高校党委")},
        "issued": "2017-03-04",
    },
    "the same in Traditional, 對30家中管企業黨組（黨委）和A開展巡視…本輪巡視的中管企業是：B、C": {
        "text": "二十屆中央第一輪巡視完成進駐\n經黨中央批准，二十屆中央第一輪巡視將對30家中管企業黨組（黨委）和國家體育總局黨組開展常規巡視。"
                "截至4月18日，15個中央巡視組已全部完成進駐。\n本輪巡視的中管企業是：中國華星通信集團有限公司、中國海晶船舶工業集團有限公司。",
        "inspections": {(None, "中国华星通信集团有限公司"), (None, "中国海晶船舶工业集团有限公司"), (None, "国家体育总局党组"),
                        (None, "30家中管企业党组")},
        "issued": "2023-04-19",
    },
    "T（U）　联系电话：…　邮政信箱：… (a team's contact line, its unit in brackets)": {
        "text": "十二届市委第二轮巡视完成进驻\n本轮巡视安排10个巡视组，对北岸理工大学、北岸海事大学等10所市属高校党委开展常规巡视。\n"
                "各巡视组联系方式如下：\n市委第一巡视组（北岸理工大学）　联系电话：021-64860761　邮政信箱：北岸市A0231信箱\n"
                "市委第二巡視組（北岸海事大學）　聯繫電話：021-64860762",
        "inspections": {("市委第一巡视组", "北岸理工大学"), ("市委第二巡视组", "北岸海事大学")},
        "issued": "2023-04-07",
    },
    "T进驻十团 / T进驻六十二团: a regiment of the Corps (团场) by its number (Simplified and Traditional)": {
        "text": "师市党委2020年第一轮巡察全面进驻\n5月11日，师市党委第一巡察组进驻十团，召开巡察工作动员会；5月12日，師市黨委第二巡察組進駐"
                "六十二團。",
        "inspections": {("师市党委第一巡察组", "十团"), ("师市党委第二巡察组", "六十二团")},
        "issued": "2020-05-13",
    },
    "the press: T向甲省反馈，指出甲一些地方党委X (some of a place's committees, no unit told, after a lead naming the place)": {
        "text": "中央巡视组反馈 吉林等省被点名\n中纪委网站连日公布中央巡视组反馈情况，吉林、黑龙江等2个省全被点名，存在官员以权谋私等问题。\n\n"
                "这轮巡视3月底展开，除2个省外，还包括科技部等单位，共3个巡视组。\n\n"
                "中央第三巡视组7月9日向吉林省反馈，指出吉林一些地方党委主体责任落实不力；大型国有企业腐败问题多发。吉林省委书记说，照单全收。",
        "not_targets": {"吉林一些地方党委", "地方党委"},
        "issued": "2014-07-10",
    },
    "the same in Traditional, 指出甘肅一些基層黨委X": {
        "text": "中央巡視組反饋 甘肅等省被點名\n中紀委網站連日公布中央巡視組反饋情況，甘肅、青海等2個省全被點名，存在官員以權謀私等問題。\n\n"
                "這輪巡視3月底展開，除2個省外，還包括水利部等單位，共3個巡視組。\n\n"
                "中央第六巡視組7月9日向甘肅省反饋，指出甘肅一些基層黨委管黨治黨寬鬆軟；扶貧資金被挪用。甘肅省委書記說，堅決整改。",
        "not_targets": {"甘肃一些基层党委", "基层党委"},
        "issued": "2014-07-10",
    },
    "negative: 是在决胜全面建成小康社会…之年开展的一次政治巡视 (a time, no unit after 在)": {
        "text": "省委第八巡视组巡视河南大学党委工作动员会召开\n5月11日，省委第八巡视组巡视河南大学党委工作动员会召开。"
                "省委第八巡视组组长指出，这次巡视是在决胜全面建成小康社会、决战脱贫攻坚的关键之年开展的一次政治巡视。",
        "not_targets": {"决胜全面建成小康社会"},
        "issued": "2020-05-12",
    },
    "the same in Traditional, 是在決勝全面建成小康社會、決戰脫貧攻堅的關鍵之年開展的巡察": {
        "text": "市委第二巡察組巡察市水務局黨組動員會召開\n4月8日，市委第二巡察組巡察市水務局黨組動員會召開。"
                "市委第二巡察組組長指出，這次巡察是在決勝全面建成小康社會、決戰脫貧攻堅的關鍵之年開展的一次政治巡察。",
        "not_targets": {"决胜全面建成小康社会"},
        "issued": "2020-04-09",
    },
    "a notice's rows: T　巡视A　值班电话：…　邮政信箱：… (the unit ends at the row's next field)": {
        "text": "十二届省委第五轮巡视公告\n省委第五轮巡视将于2019年3月11日起对14个市党委开展常规巡视。其余各巡视组安排如下：\n"
                "省委第三巡视组　巡视锦州市　值班电话：0416-1234567　邮政信箱：锦州市A003号邮政信箱\n"
                "省委第四巡视组　巡视营口市　值班电话：0417-1234567　邮政信箱：营口市A004号邮政信箱",
        "inspections": {(None, "14个市党委"), ("省委第三巡视组", "锦州市"), ("省委第四巡视组", "营口市")},
        "issued": "2019-03-11",
    },
    "the same in Traditional, T　巡察A　舉報電話：…": {
        "text": "市委第三輪巡察公告\n市委第三輪巡察將於2021年4月6日起開展。各巡察組安排如下：\n"
                "市委第一巡察組　巡察市財政局　舉報電話：0371-1234567\n市委第二巡察組　巡察市民政局　舉報電話：0371-7654321",
        "inspections": {("市委第一巡察组", "市财政局"), ("市委第二巡察组", "市民政局")},
        "issued": "2021-04-06",
    },
    "a notice's lines: T：A党组（值班电话：…；邮政信箱：…） (the contacts in brackets after the unit)": {
        "text": "中央第一轮巡视完成进驻\n　　经党中央批准，中央第一轮巡视对10家中管企业党组织开展常规巡视。\n　　各巡视组联系方式如下：\n"
                "　　中央第一巡视组：中国石油天然气集团有限公司党组（值班电话：010-12345678；邮政信箱：北京市A31011邮政信箱）\n"
                "　　中央第二巡视组：中国南方电网有限责任公司党组（值班电话：010-87654321；邮政信箱：北京市A31021邮政信箱）",
        "inspections": {(None, "10家中管企业党组织"), ("中央第一巡视组", "中国石油天然气集团有限公司党组"),
                        ("中央第二巡视组", "中国南方电网有限责任公司党组")},
        "issued": "2023-04-19",
    },
    "the same in Traditional, T：A黨委（舉報電話：…）": {
        "text": "省委第三輪巡視完成進駐\n　　省委第三輪巡視對5家省屬企業黨委開展常規巡視。\n　　各巡視組聯繫方式如下：\n"
                "　　省委第一巡視組：四川省能源投資集團有限責任公司黨委（舉報電話：028-12345678）\n"
                "　　省委第二巡視組：四川省交通投資集團有限責任公司黨委（舉報電話：028-87654321）",
        "inspections": {(None, "5家省属企业党委"), ("四川省委第一巡视组", "四川省能源投资集团有限责任公司党委"),
                        ("四川省委第二巡视组", "四川省交通投资集团有限责任公司党委")},
        "issued": "2021-04-19",
    },
    "a notice's lines: T：⏎巡视A，值班电话…，邮政信箱…⏎巡视B，… (each line the team's verb and one unit, indented)": {
        "text": "中央第九轮巡视完成进驻\n　　经党中央批准，中央第九轮巡视对北京大学等32所中管高校党委开展常规巡视。\n　　各巡视组联系方式：\n"
                "　　中央第一巡视组：\n　　巡视南开大学党委，值班电话022-12345678，邮政信箱天津市A2501号信箱\n"
                "　　巡视天津大学党委，值班电话022-87654321，邮政信箱天津市A2501号信箱\n"
                "　　中央第二巡视组：\n　　巡视吉林大学党委，值班电话0431-1234567，邮政信箱长春市A2502号信箱",
        "inspections": {(None, "北京大学"), ("中央第一巡视组", "南开大学党委"), ("中央第一巡视组", "天津大学党委"),
                        ("中央第二巡视组", "吉林大学党委")},
        "issued": "2022-03-22",
    },
    "the same in Traditional, T：⏎巡察A，舉報電話…": {
        "text": "市委第二輪巡察完成進駐\n　　市委第二輪巡察對6個市直單位黨組織開展常規巡察。\n　　各巡察組聯繫方式：\n"
                "　　市委第一巡察組：\n　　巡察市財政局黨組，舉報電話0371-1234567\n　　巡察市民政局黨組，舉報電話0371-7654321\n"
                "　　市委第二巡察組：\n　　巡察市水利局黨組，舉報電話0371-2345678",
        "inspections": {(None, "6个市直单位党组织"), ("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市民政局党组"),
                        ("市委第二巡察组", "市水利局党组")},
        "issued": "2022-03-22",
    },
    "a table one cell a line, the team's cell spanning its units' rows (巡视组⏎被巡视单位⏎值班电话⏎邮政信箱⏎T⏎A⏎电话⏎信箱⏎B⏎电话⏎信箱)": {
        "text": "中央巡视组进驻中管企业\n　　各巡视组进驻企业及联系方式如下：\n巡视组\n被巡视单位\n值班电话\n邮政信箱\n"
                "中央第一巡视组\n中国船舶工业集团公司\n010-12345678\n北京市A1501邮政信箱\n中国中化集团公司\n010-23456789\n北京市A1502邮政信箱\n"
                "中央第二巡视组\n中国兵器工业集团公司\n010-34567890\n北京市A1503邮政信箱",
        "inspections": {("中央第一巡视组", "中国船舶工业集团公司"), ("中央第一巡视组", "中国中化集团公司"),
                        ("中央第二巡视组", "中国兵器工业集团公司")},
        "issued": "2015-03-04",
    },
    "the same in Traditional, 巡察組⏎被巡察單位⏎舉報電話⏎T⏎A⏎電話⏎B⏎電話": {
        "text": "市委巡察組進駐市直單位\n　　各巡察組進駐單位及聯繫方式如下：\n巡察組\n被巡察單位\n舉報電話\n"
                "市委第一巡察組\n市財政局黨組\n0371-1234567\n市民政局黨組\n0371-7654321\n市委第二巡察組\n市水利局黨組\n0371-2345678",
        "inspections": {("市委第一巡察组", "市财政局党组"), ("市委第一巡察组", "市民政局党组"), ("市委第二巡察组", "市水利局党组")},
        "issued": "2021-03-04",
    },
    "a notice's lines: T alone on its line, then 巡视A　值班电话：…　邮政信箱：… (no colon after the team)": {
        "text": "中央第二轮巡视完成进驻\n　　各巡视组联系方式如下：\n中央第一巡视组\n巡视内蒙古自治区党委　值班电话：0471-1234567　邮政信箱：呼和浩特市A1901邮政信箱\n"
                "巡视水利部党组　值班电话：010-12345678　邮政信箱：北京市A1921邮政信箱\n中央第二巡视组\n"
                "巡视宁夏回族自治区党委　值班电话：0951-1234567　邮政信箱：银川市A1902邮政信箱",
        "inspections": {("中央第一巡视组", "内蒙古自治区党委"), ("中央第一巡视组", "水利部党组"), ("中央第二巡视组", "宁夏回族自治区党委")},
        "issued": "2018-10-19",
    },
    "the same in Traditional, T⏎巡察A　舉報電話：…": {
        "text": "縣委第三輪巡察完成進駐\n　　各巡察組聯繫方式如下：\n縣委第一巡察組\n巡察縣教育局黨組　舉報電話：0371-1234567\n"
                "巡察縣衛生健康局黨組　舉報電話：0371-7654321\n縣委第二巡察組\n巡察縣交通運輸局黨組　舉報電話：0371-2345678",
        "inspections": {("县委第一巡察组", "县教育局党组"), ("县委第一巡察组", "县卫生健康局党组"), ("县委第二巡察组", "县交通运输局党组")},
        "issued": "2021-10-19",
    },
    "a mobilisation: 本轮巡视将对A、B、C3个省，D、E等中央单位党组织开展常规巡视 (a group closed by 等 and its kind)": {
        "text": "中央第七轮巡视动员部署会召开\n　　会议宣布了巡视任务分工。本轮巡视将对山西、辽宁、广西3个省区，民政部、司法部、"
                "国家林草局等中央单位党组织开展常规巡视。",
        "inspections": {(None, "山西"), (None, "辽宁"), (None, "广西"), (None, "民政部"), (None, "司法部"), (None, "国家林草局")},
        "issued": "2021-04-09",
    },
    "the same in Traditional, 對A、B2個市，C、D等市直單位黨組織開展常規巡察": {
        "text": "市委第五輪巡察動員部署會召開\n　　會議宣布了巡察任務分工。本輪巡察將對開封、洛陽2個市，市財政局、市民政局等市直單位黨組織開展常規巡察。",
        "inspections": {(None, "开封"), (None, "洛阳"), (None, "市财政局"), (None, "市民政局")},
        "issued": "2021-04-09",
    },
    "a count and a unit joined by 和: 对24家中管企业和国家体育总局、中国科协开展专项巡视 (the count, then each unit)": {
        "text": "中央第二轮巡视全面展开\n　　截至7月3日，13个中央巡视组已全部进驻，对24家中管企业和国家体育总局、中国科协开展专项巡视。",
        "inspections": {("中央巡视组", "24家中管企业"), ("中央巡视组", "国家体育总局"), ("中央巡视组", "中国科协")},
        "issued": "2015-07-04",
    },
    "the same in Traditional, 對12家省屬企業和省體育局開展專項巡視": {
        "text": "省委第二輪巡視全面展開\n　　截至7月3日，省委各巡視組已全部進駐，對12家省屬企業和省體育局開展專項巡視。",
        "inspections": {("省委巡视组", "12家省属企业"), ("省委巡视组", "省体育局")},
        "issued": "2015-07-04",
    },
    "negative: 对18个市直单位和镇街党组织 / 对11个县（市、区）和46个市直单位党组织 (one count of two kinds, no unit named)": {
        "text": "市委第四轮巡察进驻\n　　市委第四轮巡察6个巡察组陆续进驻，对18个市直单位和镇街党组织开展常规巡察。\n"
                "　　全年对11个县（市、区）和46个市直单位党组织开展巡察，发现问题线索97件。",
        "not_targets": {"18个市直单位", "镇街党组织", "11个县(市、区)", "46个市直单位党组织"},
        "issued": "2024-09-12",
    },
    "negative: 也是市委首次对县级市开展巡察 (a kind of place, no unit)": {
        "text": "市委第三轮巡察进驻\n　　本轮巡察是十二届市委开展的第三轮巡察，也是市委首次对县级市开展巡察。市委第一巡察组对昆山市开展巡察。",
        "inspections": {("市委第一巡察组", "昆山市")},
        "not_targets": {"县级市"},
        "issued": "2018-04-16",
    },
    "the same in Traditional, 首次對地級市開展巡視": {
        "text": "省委第三輪巡視進駐\n　　本輪巡視是省委首次對地級市開展巡視。省委第一巡視組對南昌市開展巡視。",
        "inspections": {("省委第一巡视组", "南昌市")},
        "not_targets": {"地级市"},
        "issued": "2018-04-16",
    },
    "negative: 这次巡察是市委对县市区开展的常规巡察 (the kind of place a round is of, no unit)": {
        "text": "市委第三巡察组进驻寿光市开展巡察\n　　7月9日，市委第三巡察组进驻寿光市开展巡察。巡察组组长指出，这次巡察是市委对县市区开展的常规巡察。",
        "inspections": {("市委第三巡察组", "寿光市")},
        "not_targets": {"县市区"},
        "issued": "2018-07-10",
    },
    "the same in Traditional, 本輪巡察是市委對縣（市、區）開展的常規巡察": {
        "text": "市委第二巡察組進駐\n　　市委第二巡察組進駐高密市開展巡察。本輪巡察是市委對縣（市、區）開展的常規巡察。",
        "inspections": {("市委第二巡察组", "高密市")},
        "not_targets": {"县(市、区)"},
        "issued": "2018-07-10",
    },
    "negative: 对17个市直单位和县(区)党组织 / 对全市24个市直单位和市属国企党组织 (a count and units by their level, no unit named)": {
        "text": "市委第十轮巡察进驻公告\n　　市委第十轮巡察6个巡察组于9月1日起对17个市直单位和县(区)党组织开展常规巡察。\n"
                "　　市委第九轮巡察对全市24个市直单位和市属国企党组织开展常规巡察。",
        "not_targets": {"县(区)党组织", "市属国企党组织"},
        "issued": "2025-09-02",
    },
    "the same in Traditional, 對12個縣直部門和鄉鎮黨委開展常規巡察": {
        "text": "縣委第五輪巡察進駐公告\n　　縣委第五輪巡察3個巡察組於9月1日起對12個縣直部門和鄉鎮黨委開展常規巡察。",
        "not_targets": {"乡镇党委", "12个县直部门"},
        "issued": "2025-09-02",
    },
}
