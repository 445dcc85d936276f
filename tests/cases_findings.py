"""Problem lists and problem counts, phrasing by phrasing: text → the issues and counts it must give.

Each case is a short text written the way feedback news and rectification reports write their
problems (not copied from any page), Simplified and Traditional side by side, with the negative
phrasings (what a team looked for, demands, a vague summary, counts of something else) in the
same table. Keys:

- ``text``: the document (its first line is its title);
- ``issues``: exactly the problem statements, in order (Simplified, as written; no numbering, quotes
  or 等); ``[]`` for a text that must give none;
- ``categories``: the category of each issue, in the same order (when the case is about them);
- ``measures``: how many measures each issue has, in the same order;
- ``counts``: exactly the stated counts (reported / rectified / ongoing) of the main inspection.
"""
from __future__ import annotations

FEEDBACK = "县委第二巡察组向县水利局党组反馈巡察情况\n"
FEEDBACK_HANT = "縣委第二巡察組向縣水利局黨組反饋巡察情況\n"
RECTIFICATION = "中共某县水利局党组关于巡察整改进展情况的通报\n"

CASES: dict[str, dict] = {
    "主要问题：⏎A部务会：X；Y。⏎B社区党委：Z。C社区党委：W。 (a 部务会's line; the next unit's label inside a line)": {
        "text": "县委巡察组完成反馈\n县委第一巡察组向被巡察党组织反馈巡察情况。巡察发现的主要问题：\n县委宣传部部务会：新闻舆论工作守正创新不够；"
                "新时代文明实践中心建设实效不强。\n金桂社区党委：社区公共收益管理不透明；网格员队伍管理松散。望湖社区党委：社区民主协商议事机制运行不畅。",
        "issues": ["新闻舆论工作守正创新不够", "新时代文明实践中心建设实效不强", "社区公共收益管理不透明", "网格员队伍管理松散",
                   "社区民主协商议事机制运行不畅"],
    },
    "the same in Traditional, 社區黨委：A；B。社區黨總支：C。": {
        "text": "縣委巡察組完成反饋\n縣委第一巡察組向被巡察黨組織反饋巡察情況。巡察發現的主要問題：\n金桂社區黨委：社區公共收益管理不透明；網格員隊伍管理鬆散。"
                "南門社區黨總支：社區黨員教育管理不經常。",
        "issues": ["社区公共收益管理不透明", "网格员队伍管理松散", "社区党员教育管理不经常"],
    },
    "the press's digest of a round: 梳理了…主要问题。⏎【甲省】⏎A；B。⏎【乙部】⏎C。 (each unit's name in brackets on its own line)": {
        "text": "中央巡视组完成本轮巡视反馈 问题清单一览\n7月下旬，中央巡视组陆续向甲省、乙部反馈了巡视情况。记者梳理了反馈中指出的主要问题。\n"
                "【甲省】\n有的领导干部亲属利用其职务影响经商办企业；一些单位违规发放津贴补贴。\n【乙部】\n科研经费管理使用不规范；"
                "选人用人方面违规用人问题比较突出。\n",
        "issues": ["有的领导干部亲属利用其职务影响经商办企业", "一些单位违规发放津贴补贴", "科研经费管理使用不规范",
                   "选人用人方面违规用人问题比较突出"],
    },
    "the same in Traditional, each place's name and a colon opening its line (北京：A；B / 江南大學：C)": {
        "text": "中央巡視組完成本輪巡視反饋\n中央巡視組陸續向北京、江南大學反饋了巡視情況。本網梳理了反饋中指出的主要問題：\n"
                "北京：一些領導幹部搞權錢交易；違規修建樓堂館所。\n江南大學：招生錄取工作監督不到位；校辦企業管理混亂。\n",
        "issues": ["一些领导干部搞权钱交易", "违规修建楼堂馆所", "招生录取工作监督不到位", "校办企业管理混乱"],
    },
    "negative: a bracketed label over a line of news, not problems (【相关新闻】⏎中央第一巡视组向甲省反馈巡视情况)": {
        "text": "中央巡视组完成本轮巡视反馈\n中央巡视组向甲省反馈了巡视情况。记者梳理了反馈中指出的主要问题。\n【相关新闻】\n"
                "中央第一巡视组向乙省反馈巡视情况；中央第二巡视组向丙省反馈巡视情况。\n",
        "issues": [],
    },
    "A通报列出「X」「Y」；B则称「Z」问题已完成整改；C已就「W」问题叫停…: the press's retelling of units' reports": {
        "text": FEEDBACK + "中央第一巡视组同时巡视了北方机关事务局党组和北方出版局党组，并于1月10日分别反馈。前者通报列出“公务用房清理整治不彻底”"
                "“政府采购管理不规范”；后者则称“出版物质量把关不严”问题已完成整改。东信集团称，已就“芯片业务投资盲目扩张”问题叫停2个项目。",
        "issues": ["公务用房清理整治不彻底", "政府采购管理不规范", "出版物质量把关不严", "芯片业务投资盲目扩张"],
    },
    "the same in Traditional, 列明「A」「B」 and 「C」問題目前仍在整改 (受制於人)": {
        "text": FEEDBACK_HANT + "該集團通報列明「關鍵核心技術受制於人」「海外工程項目虧損嚴重」；「分包管理混亂」問題目前仍在整改。",
        "issues": ["关键核心技术受制于人", "海外工程项目亏损严重", "分包管理混乱"],
    },
    "negative: 通报提到「全面从严治党」「高质量发展」 (slogans, no problem) and 就「两个维护」作出部署": {
        "text": FEEDBACK + "该集团通报提到“全面从严治党”“高质量发展”，并已就“两个维护”问题作出部署。",
        "issues": [],
    },
    "巡察组逐村点评：⏎A村党支部（9月9日上午）：X；Y。⏎B村党支部（9月9日下午）：Z。: each unit's items, the label and day left out": {
        "text": "县委第二巡察组完成村级巡察反馈\n9月9日至10日，县委第二巡察组分别向白沙镇4个村党组织反馈村级巡察情况。\n反馈会上，巡察组逐村点评、点明问题：\n"
                "东坪村党支部（9月9日上午）：村级财务管理不规范，白条入账问题突出；村务公开不及时、不全面。\n"
                "石门村党支部（9月9日下午）：党员发展工作不规范；三会一课制度落实不到位。",
        "issues": ["村级财务管理不规范,白条入账问题突出", "村务公开不及时、不全面", "党员发展工作不规范", "三会一课制度落实不到位"],
    },
    "the same in Traditional, units without their party body (石橋村：存在A、B等問題。)": {
        "text": "縣委第三巡察組完成村級巡察反饋\n縣委第三巡察組向龍口鎮所轄村（社區）黨組織反饋巡察情況。逐村反饋要點摘錄：\n"
                "石橋村：存在村級賬務報銷憑證不規範、集體魚塘發包未經村民代表會議討論等問題。\n楊柳村：存在黨員發展程序不規範、公益崗位人員管理鬆散等問題。",
        "issues": ["村级账务报销凭证不规范", "集体鱼塘发包未经村民代表会议讨论", "党员发展程序不规范", "公益岗位人员管理松散"],
    },
    "negative: 石桥村：召开了党员大会；修订了村规民约。 (what a village did, no problem)": {
        "text": "县委第三巡察组完成村级巡察反馈\n县委第三巡察组向龙口镇所辖村党组织反馈巡察情况。整改动态：\n"
                "石桥村：召开了党员大会；修订了村规民约。\n杨柳村：完成了集体资产清查。",
        "issues": [],
    },
    "通报列出的问题包括“A”“B”“C” (quotes after the words that say they are the problems)": {
        "text": FEEDBACK + "望川市委通报列出的问题包括“城市更新项目推进缓慢”“教育医疗资源配置不均衡”“村级集体资金管理混乱”。",
        "issues": ["城市更新项目推进缓慢", "教育医疗资源配置不均衡", "村级集体资金管理混乱"],
    },
    "the same in Traditional, 問題包括「A」「B」": {
        "text": FEEDBACK_HANT + "該集團通報列出的問題包括「燃煤採購環節存在利益輸送風險」「新能源項目前期論證不充分」。",
        "issues": ["燃煤采购环节存在利益输送风险", "新能源项目前期论证不充分"],
    },
    "指出该集团：一是A；二是所属企业违规开展B: the units under it named before the misconduct": {
        "text": FEEDBACK + "10月10日，巡察组反馈，指出该集团：一是网络安全技术自主可控水平不高；二是所属企业违规开展融资性贸易。",
        "issues": ["网络安全技术自主可控水平不高", "所属企业违规开展融资性贸易"],
    },
    "the same in Traditional, 下屬子公司違規擔保 and 管理失控 / 長期虧損": {
        "text": FEEDBACK_HANT + "巡視組指出，該集團存在下屬子公司違規對外擔保、醫藥營銷費用管理失控、酒店板塊長期虧損等問題。",
        "issues": ["下属子公司违规对外担保", "医药营销费用管理失控", "酒店板块长期亏损"],
    },
    "negative: the headline's 点出“A” sums up the body's problem (no issue from the title line)": {
        "text": "中央巡视组向16家中管文化单位反馈 点出“意识形态责任制落实有差距”\n各单位公布的反馈内容显示，巡视组普遍指出存在差距。",
        "issues": [],
    },
    "negative: 一是A，B；… then 巡视组直指「B」 again: the item, not a second issue": {
        "text": FEEDBACK + "巡视组指出，该市存在的主要问题：一是防范化解债务风险不够有力，隐性债务化解进度滞后；二是园区“散小弱”问题突出。"
                "分析人士认为，巡视组直指“隐性债务化解进度滞后”，意味着化债压力更大。",
        "issues": ["防范化解债务风险不够有力,隐性债务化解进度滞后", "园区“散小弱”问题突出"],
    },
    "组直指 a province's quotes, misconduct in its politics (团团伙伙) and 仍未刹住": {
        "text": FEEDBACK + "在十个省份之中，北岭省所受批评最重。中央第一巡视组直指北岭省“一些领导干部搞团团伙伙”、“选人用人上的不正之风仍未刹住”。",
        "issues": ["一些领导干部搞团团伙伙", "选人用人上的不正之风仍未刹住"],
    },
    "组指出该省「A」，又指「B」 (Traditional): a quote after 又指, 尚未肅清": {
        "text": FEEDBACK_HANT + "西陵省方面，中央第二巡視組指出該省「塌方式腐敗影響尚未肅清」，又指「礦產資源領域腐敗問題突出」。",
        "issues": ["塌方式腐败影响尚未肃清", "矿产资源领域腐败问题突出"],
    },
    "negative: 省委书记在会上表示，中央巡视组指出的问题“一针见血、切中要害”: praise of the findings, no problem": {
        "text": FEEDBACK + "北岭省委书记在会上表示，中央巡视组指出的问题“一针见血、切中要害”，省委“诚恳接受、坚决整改”。",
        "issues": [],
    },
    # ---------------------------------------------------------------- a page cut off mid-list
    "the last item cut off by the page's end is left out": {
        "text": FEEDBACK + "组长指出，巡察发现了一些问题。主要是：理论学习不够深入；“三重一大”制度执行不严格；"
                "落实意识形态工作责任制不到位",
        "issues": ["理论学习不够深入", "“三重一大”制度执行不严格"],
    },
    "a list that ends with its full stop keeps its last item": {
        "text": FEEDBACK + "组长指出，巡察发现了一些问题。主要是：理论学习不够深入；“三重一大”制度执行不严格；"
                "落实意识形态工作责任制不到位。",
        "issues": ["理论学习不够深入", "“三重一大”制度执行不严格", "落实意识形态工作责任制不到位"],
    },
    "a comma list after 存在着 cut off before its tail (Traditional)": {
        "text": FEEDBACK_HANT + "巡察也發現，各被巡察單位還不同程度地存在著理論學習有差距，履行主體責任不到位，"
                "落實組織路線有短板，對審計發現問題整改不夠徹",
        "issues": ["理论学习有差距", "履行主体责任不到位", "落实组织路线有短板"],
    },
    # ---------------------------------------------------------------- 存在A、B、C等问题
    "…但也存在一些问题。then a sentence per level of units (区委层面，A；B。区直部门层面，C): the level each item's category": {
        "text": "市委第一巡察组向北湖区委反馈巡察情况\n巡察指出，北湖区委做了大量工作，但也存在一些问题。区委层面，贯彻新发展理念不够到位；"
                "选人用人统筹谋划不够。街道社区层面，网格化管理流于形式；惠民资金发放审核不严。",
        "issues": ["贯彻新发展理念不够到位", "选人用人统筹谋划不够", "网格化管理流于形式", "惠民资金发放审核不严"],
        "categories": ["区委层面", "区委层面", "街道社区层面", "街道社区层面"],
    },
    "the same in Traditional, the levels of a county's units": {
        "text": "縣委第二巡察組向城關鎮黨委反饋巡察情況\n巡察指出，城關鎮黨委取得一定成效，但也存在一些問題。鎮黨委層面，落實鄉村振興部署不到位；"
                "村級層面，村級財務管理不規範。",
        "issues": ["落实乡村振兴部署不到位", "村级财务管理不规范"],
    },
    "negative: levels of units opening the demands that follow (区委层面，要…) are no problems": {
        "text": "市委第一巡察组向北湖区委反馈巡察情况\n巡察指出，北湖区委做了大量工作，但也存在一些问题。区委层面，要强化统筹谋划；"
                "部门层面，要压实工作责任。",
        "issues": [],
    },
    "…等问题。同时，X有待加强，有的A，有的B: a sentence after the list, its 有的 clauses (the weak clause their heading)": {
        "text": "省委第六巡视组向学院党委反馈巡视情况\n巡视发现存在学习贯彻党的创新理论不够深入、内部治理体系不健全等问题。同时，基层党组织建设有待加强，"
                "有的二级学院党组织会议研究“三重一大”事项不规范，有的党支部“三会一课”流于形式。",
        "issues": ["学习贯彻党的创新理论不够深入", "内部治理体系不健全", "有的二级学院党组织会议研究“三重一大”事项不规范",
                   "有的党支部“三会一课”流于形式"],
    },
    "an infographic's card of counts (反馈问题 ▶ 32个 / 已完成整改 ▶ 27个 / 持续整改 ▶ 5个)": {
        "text": RECTIFICATION + "2023年4月，县委第二巡察组对局党组开展了常规巡察。\n📊 整改进度一览\n反馈问题 ▶ 32个\n已完成整改 ▶ 27个\n"
                "持续整改 ▶ 5个\n建立完善制度 ▶ 11项\n",
        "issues": [],
        "counts": {"reported": 32, "rectified": 27, "ongoing": 5},
    },
    "the same in Traditional, arrows and bars": {
        "text": "中共某縣林業局黨組關於巡察整改進展情況的通報\n2023年4月，縣委第一巡察組對局黨組開展了常規巡察。\n反饋問題 → 18個\n已完成整改｜15個\n正在整改 → 3個\n",
        "issues": [],
        "counts": {"reported": 18, "rectified": 15, "ongoing": 3},
    },
    "a report's heading of a kind of problem, then 一是A；二是B in its paragraph: the items are the issues, the heading their category": {
        "text": RECTIFICATION + "一、巡察发现问题的整改情况\n（一）关于贯彻落实上级决策部署有差距的问题。一是学习贯彻党的创新理论不够深入；"
                "二是服务乡村振兴的举措不够有力，部分项目推进缓慢。整改情况：修订理论学习中心组学习制度，梳理滞后项目11个。\n"
                "（二）关于落实全面从严治党责任不到位的问题。主要表现为：一岗双责履行不到位、廉政风险防控不严密、违规发放津补贴等。"
                "整改情况：清退违规发放的津补贴4.6万元。\n",
        "issues": ["学习贯彻党的创新理论不够深入", "服务乡村振兴的举措不够有力，部分项目推进缓慢", "一岗双责履行不到位", "廉政风险防控不严密",
                   "违规发放津补贴"],
        "categories": ["贯彻落实上级决策部署有差距", "贯彻落实上级决策部署有差距", "落实全面从严治党责任不到位", "落实全面从严治党责任不到位",
                       "落实全面从严治党责任不到位"],
    },
    "the same in Traditional, 有的 clauses under the heading": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n（一）關於基層黨組織建設薄弱的問題。有的支部“三會一課”制度落實不嚴格，"
                "有的黨員發展程序不規範。整改情況：開展專項整治。\n（二）關於工程項目監管不嚴的問題。整改情況：修訂項目管理辦法。\n",
        "issues": ["有的支部“三会一课”制度落实不严格", "有的党员发展程序不规范", "工程项目监管不严"],
    },
    "a heading, then 主要是A、B、C。 without a colon: the listed problems": {
        "text": RECTIFICATION + "（一）员工行为管理存在薄弱环节。主要是员工异常行为排查不到位、员工家访制度落实不严格、重要岗位轮岗交流执行不到位。"
                "整改措施：开展员工异常行为专项排查。\n（二）信贷资金管理不规范。整改措施：修订信贷业务操作规程。\n",
        "issues": ["员工异常行为排查不到位", "员工家访制度落实不严格", "重要岗位轮岗交流执行不到位", "信贷资金管理不规范"],
    },
    "the same in Traditional, 具體是 without a colon": {
        "text": "中共某縣林業局黨組關於巡察整改進展情況的通報\n（一）林地管理不規範。具體是林地審批把關不嚴、護林員選聘管理不規範。整改情況：修訂林地審批辦法。\n"
                "（二）項目資金監管不嚴。整改情況：開展專項檢查。\n",
        "issues": ["林地审批把关不严", "护林员选聘管理不规范", "项目资金监管不严"],
    },
    "negative: a heading, then 主要是因为… (the cause, one clause): the heading stays the issue": {
        "text": RECTIFICATION + "（一）理论学习不够深入。主要是因为思想认识不到位。整改措施：修订学习制度。\n（二）制度执行不严格。整改措施：开展自查。\n",
        "issues": ["理论学习不够深入", "制度执行不严格"],
    },
    "rectification news: 从巡察情况看，主要存在A、B、C等问题 (the round's problems)": {
        "text": "市委第二轮巡察整改情况集中公开\n去年9月至11月，十届市委第二轮巡察对12个市直部门党组织进行了常规巡察，今年1月上旬进行了反馈。从巡察情况看，"
                "主要存在落实意识形态工作责任制不到位、重点领域风险防范不足、选人用人工作不规范等问题。本轮巡察共反馈问题387个，已整改到位341个。",
        "issues": ["落实意识形态工作责任制不到位", "重点领域风险防范不足", "选人用人工作不规范"],
    },
    "the same in Traditional, 綜合來看，主要存在…等問題": {
        "text": "縣委第五輪巡察整改情況公開\n今年3月，縣委第五輪巡察對8個縣直部門黨組織進行了常規巡察。綜合來看，主要存在基層黨組織建設薄弱、"
                "項目資金管理不規範等問題。本輪巡察共反饋問題96個，已整改到位80個。",
        "issues": ["基层党组织建设薄弱", "项目资金管理不规范"],
    },
    "a heading, then 巡察指出，A；B。整改情况：…: the problems the inspection found under it": {
        "text": RECTIFICATION + "（一）关于“服务地方经济发展定位不够精准”的问题。巡察指出，该行支农支小力度不够，涉农贷款占比连续两年下降；"
                "信贷资金投向存在“垒大户”倾向。整改情况：制定普惠金融三年行动计划。\n（二）关于“基层党组织建设薄弱”的问题。巡察指出，"
                "有的支行党支部“三会一课”流于形式，有的党员长期不参加组织生活。整改情况：开展专项检查。\n",
        "issues": ["该行支农支小力度不够，涉农贷款占比连续两年下降", "信贷资金投向存在“垒大户”倾向", "有的支行党支部“三会一课”流于形式",
                   "有的党员长期不参加组织生活"],
    },
    "the same in Traditional, 巡視發現：": {
        "text": "中共某縣林業局黨組關於巡察整改進展情況的通報\n（一）關於林地管理不規範的問題。巡視發現：林地審批把關不嚴；護林員選聘管理不規範。"
                "整改情況：修訂林地審批辦法。\n（二）關於項目資金監管不嚴的問題。整改情況：開展專項檢查。\n",
        "issues": ["林地审批把关不严", "护林员选聘管理不规范", "项目资金监管不严"],
    },
    "negative: a heading's paragraph opening with the measures taken (一是建立台账；二是完善制度) keeps the heading as the issue": {
        "text": RECTIFICATION + "（一）关于项目资金监管不严的问题。一是建立项目资金台账；二是完善资金拨付审核制度。\n"
                "（二）关于干部档案管理不规范的问题。整改情况：逐卷核查干部档案。\n",
        "issues": ["项目资金监管不严", "干部档案管理不规范"],
    },
    "…具体表现为：A；B。在X方面，主要是：C；D。: the aspect's own list after the one before": {
        "text": "自治区党委第四巡视组向甲盟委反馈巡视情况\n巡视组指出，盟委在落实决策部署方面存在差距，具体表现为：铸牢共同体意识工作推进不够深入；"
                "生态保护修复责任落实不到位。在全面从严治党方面，主要是：落实主体责任层层递减；重点领域监管不严；违反中央八项规定精神问题仍有发生。",
        "issues": ["铸牢共同体意识工作推进不够深入", "生态保护修复责任落实不到位", "落实主体责任层层递减", "重点领域监管不严",
                   "违反中央八项规定精神问题仍有发生"],
    },
    "the same in Traditional, 具體是：": {
        "text": "省委第二巡視組向甲市委反饋巡視情況\n巡視組指出，市委存在貫徹新發展理念不到位、債務風險防控不力等問題。在選人用人方面，具體是："
                "幹部選拔任用程序不規範；年輕幹部培養儲備不足。",
        "issues": ["贯彻新发展理念不到位", "债务风险防控不力", "干部选拔任用程序不规范", "年轻干部培养储备不足"],
    },
    "negative: …等问题。在整改工作方面，主要是：A；B。 (what is to be done) is no list of problems": {
        "text": "省委第四巡视组向甲市委反馈巡视情况\n巡视组指出，市委存在贯彻新发展理念不到位、债务风险防控不力等问题。在整改工作方面，主要是："
                "建立整改台账；完善工作机制。",
        "issues": ["贯彻新发展理念不到位", "债务风险防控不力"],
    },
    "…等问题。在X方面，有的A；有的B: 有的 clauses after the list, their aspect before them": {
        "text": "县委第三巡察组向柳林乡党委反馈巡察情况\n巡察发现，柳林乡党委存在落实乡村振兴部署不够有力、村级集体经济薄弱等问题。在干部作风方面，"
                "有的村干部为群众办事推诿拖拉；有的站所工作人员上班期间脱岗离岗。",
        "issues": ["落实乡村振兴部署不够有力", "村级集体经济薄弱", "有的村干部为群众办事推诿拖拉", "有的站所工作人员上班期间脱岗离岗"],
    },
    "the same in Traditional, a hospital's departments": {
        "text": "市委第一巡察組向市中醫院黨委反饋巡察情況\n巡察發現，醫院黨委存在黨建工作基礎薄弱、醫德醫風建設不夠有力等問題。在科室管理方面，"
                "有的科室藥品耗材採購把關不嚴；有的醫務人員違規收受紅包。",
        "issues": ["党建工作基础薄弱", "医德医风建设不够有力", "有的科室药品耗材采购把关不严", "有的医务人员违规收受红包"],
    },
    "…等问题。同时，在X方面，一是A；二是B: a marked series after a connective, the last item cut off by the page's end left out": {
        "text": "盟委第二巡察组向东乌旗委反馈巡察情况\n巡察也发现，旗委存在草原生态保护红线管控不严、防范化解债务风险措施不实等问题。同时，"
                "在作风建设方面，一是督查检查考核过多过频；二是嘎查干部侵害群众利益问题时有发生；三是",
        "issues": ["草原生态保护红线管控不严", "防范化解债务风险措施不实", "督查检查考核过多过频", "嘎查干部侵害群众利益问题时有发生"],
    },
    "the same in Traditional, 此外 and (一)(二) markers": {
        "text": "省委第四巡視組向省交通運輸廳黨組反饋巡視情況\n巡視指出，廳黨組存在落實交通強國部署有差距、重大項目監管不嚴等問題。此外，"
                "（一）工程招投標環節廉潔風險突出；（二）違規發放津補貼問題仍有發生。",
        "issues": ["落实交通强国部署有差距", "重大项目监管不严", "工程招投标环节廉洁风险突出", "违规发放津补贴问题仍有发生"],
    },
    "negative: …等问题。同时，一是要A；二是要B: demands after the list are no problems": {
        "text": "县委第三巡察组向县林业局党组反馈巡察情况\n巡察发现，局党组存在林地管理不规范、项目资金监管不严等问题。同时，"
                "一是要强化政治担当；二是要压实整改责任。",
        "issues": ["林地管理不规范", "项目资金监管不严"],
    },
    "…还存在不少问题。具体来看：有的A；有的B: the 有的 clauses after 具体来看": {
        "text": "县委第一巡察组向县人民医院党委反馈巡察情况\n但巡察也发现，医院党委在党的建设和行风建设方面还存在不少问题。具体来看：有的党支部书记"
                "一岗双责意识不强；有的科室管理制度执行不严；有的医务人员廉洁行医意识淡薄。",
        "issues": ["有的党支部书记一岗双责意识不强", "有的科室管理制度执行不严", "有的医务人员廉洁行医意识淡薄"],
    },
    "the same in Traditional, 具體來看，一是A；二是B": {
        "text": "區委第二巡察組向城南街道黨工委反饋巡察情況\n巡察發現，街道黨工委還存在一些問題。具體來看，一是落實基層治理部署不夠有力；"
                "二是社區經費管理使用不規範。",
        "issues": ["落实基层治理部署不够有力", "社区经费管理使用不规范"],
    },
    "negative: 同时，X，有的Y with one 有的 clause only is no list": {
        "text": "省委第六巡视组向学院党委反馈巡视情况\n巡视发现存在内部治理体系不健全等问题。同时，学院党委高度重视，有的同志当场表态。",
        "issues": ["内部治理体系不健全"],
    },
    "巡视还发现所属单位存在一些突出问题，有的A；有的B: the 有的 clauses after the comma, beside the list before": {
        "text": "中央巡视组反馈巡视情况\n巡视指出，集团党委存在一些问题，主要是：贯彻落实党中央决策部署不够到位；防控金融风险有差距。同时，巡视还发现所属单位"
                "存在一些突出问题，有的子公司违规开展通道业务；有的分支机构销售误导问题突出。",
        "issues": ["贯彻落实党中央决策部署不够到位", "防控金融风险有差距", "有的子公司违规开展通道业务", "有的分支机构销售误导问题突出"],
    },
    "the same in Traditional, a county's units (指出…存在一些問題，有的…)": {
        "text": "縣委第二巡察組向縣教育局黨組反饋巡察情況\n巡察組指出，局屬學校存在一些問題，有的學校食堂採購管理混亂；有的學校違規收取資料費。",
        "issues": ["有的学校食堂采购管理混乱", "有的学校违规收取资料费"],
    },
    "点出该局存在A、B、C等问题: the press's verb for the team's findings (Traditional)": {
        "text": "中央巡視組點名國家海洋漁業總局\n中共中央第十二巡視組日前向國家海洋漁業總局黨組反饋巡視情況，點出該局存在貫徹落實海洋強國"
                "戰略部署不夠有力、漁業資源保護監管不到位、選人用人把關不嚴等問題。",
        "issues": ["贯彻落实海洋强国战略部署不够有力", "渔业资源保护监管不到位", "选人用人把关不严"],
    },
    "the same in Simplified, 点明 after the feedback": {
        "text": FEEDBACK + "巡察组向县水利局党组反馈巡察情况，点明该局党组存在河长制落实不到位、项目资金拨付滞后等问题。",
        "issues": ["河长制落实不到位", "项目资金拨付滞后"],
    },
    "存在A、B、C等问题 after how the inspection went, with no 发现": {
        "text": FEEDBACK + "组长指出，该局党组能够贯彻落实上级决策部署。但从巡察情况看，仍存在落实河长制不够到位、"
                "推进党的建设不够有力、全面从严治党不够深入等问题。",
        "issues": ["落实河长制不够到位", "推进党的建设不够有力", "全面从严治党不够深入"],
    },
    "a named list tail 等“三有”问题": {
        "text": FEEDBACK + "同时，巡察中发现镇党委还普遍存在贯彻上级部署有落差、基层组织建设有欠缺、"
                "解决民生难题有短板等“三有”问题。",
        "issues": ["贯彻上级部署有落差", "基层组织建设有欠缺", "解决民生难题有短板"],
    },
    "存在A、B等问题 whose sentence goes on with a demand": {
        "text": FEEDBACK + "巡察指出，该局存在资金监管不严、项目管理混乱等问题，要求局党组认真整改。",
        "issues": ["资金监管不严", "项目管理混乱"],
    },
    "反馈了A、B、C等N个方面M条具体问题 gives the items and the count": {
        "text": FEEDBACK + "会上，组长代表巡察组反馈了党委职责定位还不够准确、风险防控意识有待加强、"
                "制度执行不够严格等3个方面12条具体问题，并提出了整改意见建议。",
        "issues": ["党委职责定位还不够准确", "风险防控意识有待加强", "制度执行不够严格"],
        "counts": {"reported": 12},
    },
    "反饋了A、B等N個方面M條具體問題 (Traditional)": {
        "text": FEEDBACK_HANT + "會上，組長向集團黨委反饋了項目監管不夠有力、選人用人不夠規範等2個方面9條具體問題。",
        "issues": ["项目监管不够有力", "选人用人不够规范"],
        "counts": {"reported": 9},
    },
    "unnumbered paragraphs after 存在以下问题：, each one problem": {
        "text": FEEDBACK + "巡察发现局党组存在以下问题：\n党组领导作用发挥不充分。\n资金管理不规范，存在廉洁风险。\n"
                "组长要求，局党组要认真抓好整改。",
        "issues": ["党组领导作用发挥不充分", "资金管理不规范，存在廉洁风险"],
    },
    "还存在一些薄弱环节：A，B (two clauses stay one statement)": {
        "text": FEEDBACK + "巡察中发现，该局在党的建设方面还存在一些薄弱环节：基层党组织建设不规范，党员教育管理不严格。",
        "issues": ["基层党组织建设不规范，党员教育管理不严格"],
    },
    "存在A、B、C不优等问題 (Traditional): 不优等 is a list's tail": {
        "text": FEEDBACK_HANT + "巡察組指出，該局黨組存在理論學習不深入、財務管理不規範、幹部隊伍結構不優等問題。",
        "issues": ["理论学习不深入", "财务管理不规范", "干部队伍结构不优"],
    },
    "指出了A、B等问题 without 存在": {
        "text": FEEDBACK + "巡察组反馈指出了落实主体责任不到位、财务管理不规范、选人用人不严格等问题，并提出了整改建议。",
        "issues": ["落实主体责任不到位", "财务管理不规范", "选人用人不严格"],
    },
    "针对巡察发现的A、B等问题 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組要求，針對巡察發現的理論學習不深入、資金管理不規範等問題，局黨組要認真整改。",
        "issues": ["理论学习不深入", "资金管理不规范"],
    },
    "存在的问题主要体现在：A；B；C": {
        "text": FEEDBACK + "巡察发现，局党组存在的问题主要体现在：政治站位不够高；主体责任落实不到位；干部作风不够扎实。",
        "issues": ["政治站位不够高", "主体责任落实不到位", "干部作风不够扎实"],
    },
    "misconduct reads as a problem however it ends": {
        "text": FEEDBACK + "巡察还发现，该局存在违规发放津补贴、擅自调整干部、公务接待超标准等问题。",
        "issues": ["违规发放津补贴", "擅自调整干部", "公务接待超标准"],
    },
    "the areas where problems were found are no problems": {
        "text": FEEDBACK + "反馈会上，巡察组指出了该局在党的领导、党的建设、全面从严治党等方面存在的问题。",
        "issues": [],
    },
    "a sentence opening with 主要表现在： after the one that announced the problems": {
        "text": FEEDBACK + "巡察也发现了一些不容忽视的问题。主要表现在：有的党支部“三会一课”制度落实不到位，"
                "有的党员干部纪律意识淡薄，有的单位财务报销不规范。",
        "issues": ["有的党支部“三会一课”制度落实不到位", "有的党员干部纪律意识淡薄", "有的单位财务报销不规范"],
    },
    "集中體現在：A，B，C，D (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出，巡察中也發現了一些問題，集中體現在：落實主體責任有差距，選人用人有偏差，"
                "作風建設有短板，巡察整改有落差。",
        "issues": ["落实主体责任有差距", "选人用人有偏差", "作风建设有短板", "巡察整改有落差"],
    },
    "存在“四个不够”问题：A，B，C，D": {
        "text": FEEDBACK + "巡察指出，该局党组存在“四个不够”问题：理论学习不够深入，推动发展不够有力，"
                "主体责任落实不够到位，作风建设不够扎实。",
        "issues": ["理论学习不够深入", "推动发展不够有力", "主体责任落实不够到位", "作风建设不够扎实"],
    },
    "有的 sentences after the sentence announcing the problems": {
        "text": FEEDBACK + "巡察也发现了一些问题。有的党支部组织生活不规范。有的党员干部纪律意识淡薄。有的科室财务管理混乱。"
                "组长要求抓好整改。",
        "issues": ["有的党支部组织生活不规范", "有的党员干部纪律意识淡薄", "有的科室财务管理混乱"],
    },
    "主要有一是A；二是B with no colon (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現的問題主要有一是黨委領導作用發揮不充分；二是醫療領域腐敗問題易發多發；三是基層黨建工作弱化。",
        "issues": ["党委领导作用发挥不充分", "医疗领域腐败问题易发多发", "基层党建工作弱化"],
    },
    "存在着“三个不到位”：A，B，C": {
        "text": FEEDBACK + "反馈指出，医院党委存在着“三个不到位”：理论学习不到位，主体责任落实不到位，巡察整改不到位。",
        "issues": ["理论学习不到位", "主体责任落实不到位", "巡察整改不到位"],
    },
    "feedback that delivered the problems without naming them gives none": {
        "text": FEEDBACK + "巡察组反馈了巡察发现的问题，提出了整改意见，并移交了问题线索。有的同志表示，将认真整改。",
        "issues": [],
    },
    # ---------------------------------------------------------------- aspects
    "aspect sentences, each followed by its 有的 list": {
        "text": FEEDBACK + "反馈中，巡察组指出的问题主要是：在党的领导方面。有的党组织“四个意识”不强，领导作用弱化；"
                "有的干部政治站位不高，不守纪律、不讲规矩。在党的建设方面。有的支部组织生活不严肃；"
                "有的党员领导干部漏报个人有关事项。",
        "issues": ["有的党组织“四个意识”不强，领导作用弱化", "有的干部政治站位不高，不守纪律、不讲规矩",
                   "有的支部组织生活不严肃", "有的党员领导干部漏报个人有关事项"],
        "categories": ["党的领导方面", "党的领导方面", "党的建设方面", "党的建设方面"],
    },
    "在X方面，存在A等问题；Y方面，主要存在B、C的情况": {
        "text": FEEDBACK + "巡察期间，巡察组发现局党组在落实上级决策部署方面，存在服务意识树立不够牢固等问题；"
                "作风建设方面，主要存在主体责任未压实、资金管理制度落实不严的情况；"
                "基层党组织建设方面，主要存在党建工作不够扎实、组织生活不规范等问题。",
        "issues": ["服务意识树立不够牢固", "主体责任未压实", "资金管理制度落实不严", "党建工作不够扎实",
                   "组织生活不规范"],
        "categories": ["落实上级决策部署方面", "作风建设方面", "作风建设方面", "基层党组织建设方面",
                       "基层党组织建设方面"],
    },
    # ---------------------------------------------------------------- lists announced, then given
    "the problems announced in one sentence and listed with 有的 in the next": {
        "text": FEEDBACK + "反馈指出了被巡察单位存在的突出问题。有的贯彻落实上级工作要求不到位，履行职能有差距；"
                "有的加强基层党组织建设不到位，队伍建设有差距。反馈要求，被巡察单位要抓好整改。",
        "issues": ["有的贯彻落实上级工作要求不到位，履行职能有差距", "有的加强基层党组织建设不到位，队伍建设有差距"],
    },
    "指出了…突出问题。主要包括A；B (Traditional)": {
        "text": FEEDBACK_HANT + "會議肯定了被巡察單位取得的成績，也指出了存在的一些突出問題。主要包括學習貫徹黨的"
                "會議精神力度不足；防範化解風險的意識不強；作風建設有差距，形式主義不同程度存在。",
        "issues": ["学习贯彻党的会议精神力度不足", "防范化解风险的意识不强", "作风建设有差距，形式主义不同程度存在"],
    },
    "a comma list after a strong trigger with one item whose words are not a cue": {
        "text": FEEDBACK + "反馈指出，还存在一些不容忽视的共性问题：学习贯彻上级精神有偏差，落实上级部署有差距，"
                "日常工作落实不落底，议事决策不规范等。",
        "issues": ["学习贯彻上级精神有偏差", "落实上级部署有差距", "日常工作落实不落底", "议事决策不规范"],
    },
    "存在的主要问题是：A，B，C等问题 with 仍需改进": {
        "text": FEEDBACK + "指出，镇党委存在的主要问题是：理论学习不深入，政策落实有偏差，干部作风仍需改进，"
                "队伍结构不合理等问题。",
        "issues": ["理论学习不深入", "政策落实有偏差", "干部作风仍需改进", "队伍结构不合理"],
    },
    "一是 marks one problem however many sentences it takes": {
        "text": FEEDBACK + "巡察中，巡察组发现了一些问题，主要是：一是学习贯彻党的创新理论不深入，推进改革步伐不快。"
                "学以致用不充分；统筹发展和安全存在薄弱环节。二是“两个责任”落而不实。组长提出三点意见建议：一是提高站位。",
        "issues": ["学习贯彻党的创新理论不深入，推进改革步伐不快。学以致用不充分；统筹发展和安全存在薄弱环节",
                   "“两个责任”落而不实"],
    },
    "一是 in the announcing sentence, 二是/三是 opening the paragraphs after: one problem each, its 有的 clauses one": {
        "text": FEEDBACK + "组长指出了巡察发现的一些问题,主要是:一是在党建工作方面,有的支部组织生活不规范,一些党员学习不经常;"
                "有的党员发挥作用不明显。\n二是在作风建设方面,存在公务接待超标准,会议费报销不规范现象。县水利局党组已进行了初步"
                "整改。\n三是“三重一大”事项决策不规范,有的事项临时动议。\n组长要求,认真抓好整改。",
        "issues": ["有的支部组织生活不规范,一些党员学习不经常;有的党员发挥作用不明显",
                   "公务接待超标准,会议费报销不规范现象", "“三重一大”事项决策不规范,有的事项临时动议"],
        "categories": ["党建工作方面", "作风建设方面", None],
    },
    "一是 in the announcing sentence, 二是 opening the next paragraph (Traditional), the last cut off": {
        "text": FEEDBACK_HANT + "組長指出了巡察發現的一些問題,主要是:一是在黨建工作方面,有的支部組織生活不規範;有的黨員發揮"
                "作用不明顯。\n二是在作風建設方面,存在公務接待超標準現象。\n三是“三重一大”事項決策不規範,有的事項",
        "issues": ["有的支部组织生活不规范;有的党员发挥作用不明显", "公务接待超标准现象"],
    },
    "negative: a paragraph opening 二是 after a one-item 一是 of demands is no problem": {
        "text": FEEDBACK + "组长提出要求:一是要提高政治站位,切实抓好整改。\n二是要压实整改责任,确保整改到位。",
        "issues": [],
    },
    # ---------------------------------------------------------------- aspects and their problems (tests/genre_v)
    "(一)X方面。A；B；C — each ；-part, one ending in no cue word among them": {
        "text": FEEDBACK + "巡察发现了一些问题,主要有以下两个方面:\n(一)全面从严治党方面。主体责任落实不到位;重点领域监管不严;"
                "校办企业管理混乱,国有资产流失风险较大。\n(二)干部队伍建设方面。干部选拔任用不够规范;人才引进重“帽子”轻实绩。\n",
        "issues": ["主体责任落实不到位", "重点领域监管不严", "校办企业管理混乱,国有资产流失风险较大", "干部选拔任用不够规范",
                   "人才引进重“帽子”轻实绩"],
        "categories": ["全面从严治党方面"] * 3 + ["干部队伍建设方面"] * 2,
    },
    "发现一些问题：在X方面,存在A、B等问题;在Y方面,存在C、D等问题 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察也發現一些問題:在貫徹落實決策部署方面,存在推動產業發展辦法不多、生態保護責任落實不到位等問題;"
                "在全面從嚴治黨方面,存在監督不夠有效、整改推進遲緩等問題。巡察組還收到一些問題線索。",
        "issues": ["推动产业发展办法不多", "生态保护责任落实不到位", "监督不够有效", "整改推进迟缓"],
        "categories": ["贯彻落实决策部署方面"] * 2 + ["全面从严治党方面"] * 2,
    },
    "存在以下问题：“A”“B”“C”, quotes back to back (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出,巡察發現縣水利局黨組存在以下問題:「黨組領導作用發揮不充分」「重業務輕黨建」"
                "「項目資金監管不嚴」。",
        "issues": ["党组领导作用发挥不充分", "重业务轻党建", "项目资金监管不严"],
    },
    "negative: quoted slogans back to back after a colon are no problems": {
        "text": FEEDBACK + "组长要求,局党组要做到以下几点:“提高站位”“压实责任”“确保实效”。",
        "issues": [],
    },
    "an aspect's own paragraph after a paragraph of demands (X方面：A；B)": {
        "text": FEEDBACK + "组长指出,巡察发现的问题分为两个方面。党的领导方面:决策部署落实不够有力;意识形态责任制落实不到位。\n"
                "组长提出,局党组要切实履行整改主体责任。\n党的建设方面:以往巡察反馈问题整改不彻底;支部组织生活不经常;"
                "干部队伍结构老化。\n",
        "issues": ["决策部署落实不够有力", "意识形态责任制落实不到位", "以往巡察反馈问题整改不彻底", "支部组织生活不经常",
                   "干部队伍结构老化"],
        "categories": ["党的领导方面"] * 2 + ["党的建设方面"] * 3,
    },
    "negative: an aspect's paragraph of demands (X方面：要A；要B) is no list of problems": {
        "text": FEEDBACK + "组长提出三点要求。\n党的建设方面:要加强支部建设;要抓好干部教育。\n",
        "issues": [],
    },
    "a comma list after 以下问题：, two of its five items ending in no cue word": {
        "text": FEEDBACK + "反馈还指出以下问题:主体责任落实不力,下属单位违规发放福利,公务接待超出规定标准,选人用人程序不规范,"
                "三会一课落实不严。",
        "issues": ["主体责任落实不力", "下属单位违规发放福利", "公务接待超出规定标准", "选人用人程序不规范", "三会一课落实不严"],
    },
    "指出,厅党组A,B,C存在D,E等问题: the list opens after the subject, not at the 存在 inside an item": {
        "text": FEEDBACK + "巡察组指出,局党组学习贯彻党的创新理论不深不透,落实重点工作推进不力,项目建设管理存在薄弱环节,"
                "公路养护资金使用效益偏低等问题,共反馈4个方面32个具体问题。",
        "issues": ["学习贯彻党的创新理论不深不透", "落实重点工作推进不力", "项目建设管理存在薄弱环节", "公路养护资金使用效益偏低"],
    },
    "指出,X党组A不到位,B不够,存在C、D等问题 (Traditional): each clause and each item after 存在": {
        "text": FEEDBACK_HANT + "反饋指出,縣水利局黨組履行主體責任不到位,主責主業聚焦不夠,存在違規投資、盲目擴張等問題。",
        "issues": ["履行主体责任不到位", "主责主业聚焦不够", "违规投资", "盲目扩张"],
    },
    "negative: 指出,该局取得成效,但存在A、B等问题: praise is no item, the list opens at 存在": {
        "text": FEEDBACK + "巡察组指出,县水利局党组工作取得积极成效,推动水利事业发展,但存在理论学习不深入、项目管理不规范等问题。",
        "issues": ["理论学习不深入", "项目管理不规范"],
    },
    # ---------------------------------------------------------------- quoted problems
    "problems quoted where a rectification news names them": {
        "text": "某某单位巡视整改进展情况全部公布\n从公布的情况看，被巡视单位党组织切实加强政治建设。针对巡视反馈的"
                "“思想政治教育比较薄弱，校风学风建设有短板”“深化从严管党治校有不足”等问题，被巡视单位党组织作出了整改。",
        "issues": ["思想政治教育比较薄弱，校风学风建设有短板", "深化从严管党治校有不足"],
    },
    "each place with what it was told, in quotes": {
        "text": "十九届中央第一轮巡视部分反馈情况公布\n作风建设不到位是几个省的共同问题：甲省“形式主义、官僚主义问题依然突出”；"
                "乙省“领导干部公款聚餐等问题仍然突出”。",
        "issues": ["形式主义、官僚主义问题依然突出", "领导干部公款聚餐等问题仍然突出"],
        "categories": ["作风建设不到位", "作风建设不到位"],
    },
    "problems quoted after 巡视反馈中, said to be pointed out": {
        "text": "某某集团持续推进巡视整改\n巡视反馈中,“服务国家战略责任感不够强”等问题被指出。对此,集团党组狠抓整改。",
        "issues": ["服务国家战略责任感不够强"],
    },
    "problems quoted after 巡视反馈中 (Traditional)": {
        "text": "某某集團持續推進巡視整改\n巡視反饋中,“服務國家戰略責任感不夠強”等問題被指出。對此,集團黨組狠抓整改。",
        "issues": ["服务国家战略责任感不够强"],
    },
    "a quoted slogan after 巡视反馈中 is no problem": {
        "text": "某某集团持续推进巡视整改\n巡视反馈中,“把整改成果转化为发展动力”的要求被反复强调。",
        "issues": [],
    },
    "反馈指出 then the unit, each problem in its own quotes, and 被指 for a second unit": {
        "text": "省委巡视组反馈:某市“作风问题突出”\n省委第二巡视组向某市委反馈巡视情况。反馈指出,某市委“落实党中央决策部署有偏差”,"
                "“形式主义、官僚主义问题突出”。某县委则被指“基层党组织软弱涣散问题仍然存在”。",
        "issues": ["落实党中央决策部署有偏差", "形式主义、官僚主义问题突出", "基层党组织软弱涣散问题仍然存在"],
    },
    "反馈指出 then the unit, each problem in its own 「」 (Traditional)": {
        "text": "省委巡視組反饋:某市「作風問題突出」\n省委第二巡視組向某市委反饋巡視情況。反饋指出,某市委「落實黨中央決策部署有偏差」,"
                "「形式主義、官僚主義問題突出」。某縣委則被指「基層黨組織軟弱渙散問題仍然存在」。",
        "issues": ["落实党中央决策部署有偏差", "形式主义、官僚主义问题突出", "基层党组织软弱涣散问题仍然存在"],
    },
    "组指 then a place named alone, each problem in its own 「」 (Traditional)": {
        "text": FEEDBACK_HANT + "11月11日,中央第九巡視組向某自治區黨委反饋。巡視組指某地「草原超載過牧治理不徹底」,"
                "「清理違規佔用草原工作推進緩慢」,並要求自治區黨委逐項整改。",
        "issues": ["草原超载过牧治理不彻底", "清理违规占用草原工作推进缓慢"],
    },
    "组指出 then a university, its quotes and 以及「」 (Traditional): the unit's name need not end as a committee's": {
        "text": FEEDBACK_HANT + "6月27日，省委第一巡視組向江左醫科大學黨委反饋。巡視組指出，江左醫科大學「附屬醫院醫藥購銷領域回扣問題突出」、"
                "「臨牀研究經費管理混亂」，以及「對附屬醫院領導人員監督乏力」。",
        "issues": ["附属医院医药购销领域回扣问题突出", "临床研究经费管理混乱", "对附属医院领导人员监督乏力"],
    },
    "组指出 then a city and “” quotes, the last one misconduct by its common name (利益输送, 各自为政)": {
        "text": FEEDBACK + "7月5日，省委第一巡视组向祁连市委反馈。巡视组指出，祁连市“矿产资源开发领域腐败问题易发多发”，"
                "“个别领导干部与不法商人勾肩搭背、利益输送”，“市政府班子成员各自为政”。",
        "issues": ["矿产资源开发领域腐败问题易发多发", "个别领导干部与不法商人勾肩搭背、利益输送", "市政府班子成员各自为政"],
    },
    "指出该厅 / 指出其存在 then quotes: the unit by its anaphor": {
        "text": FEEDBACK + "省委第四巡视组向东川省财政厅党组反馈，指出该厅“财政资金分配使用不够规范”。省委第五巡视组向东川能投党委反馈，"
                "指出其存在“主业不够突出，盲目投资非主业项目”。",
        "issues": ["财政资金分配使用不够规范", "主业不够突出，盲目投资非主业项目"],
    },
    "组指出，A「B」，并「C」; 指出该省「D」，「…任重道远」 (the press, a problem still far from solved)": {
        "text": FEEDBACK + "中央第一巡视组向京华大学党委反馈。巡视组指出，京华大学「落实意识形态工作责任制不到位」，并「对课堂、讲座、论坛等阵地管理不严」。"
                "中央第三巡视组指出该省「对上轮巡视反馈问题整改不到位」，「政治生态修复任重道远」。",
        "issues": ["落实意识形态工作责任制不到位", "对课堂、讲座、论坛等阵地管理不严", "对上轮巡视反馈问题整改不到位", "政治生态修复任重道远"],
    },
    "巡察组指出，有的A，有的B, neither with a problem's closing words: each 有的 clause after who found it": {
        "text": FEEDBACK + "巡察组指出，有的党员干部参与营利性活动，有的项目未批先建。",
        "issues": ["有的党员干部参与营利性活动", "有的项目未批先建"],
    },
    "the same in a rectification report in Traditional (…。上述問題均已整改到位)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n縣委第二巡察組對縣水利局黨組開展了巡察。巡察組指出，有的黨員幹部參與營利性活動，"
                "有的項目未批先建。上述問題均已整改到位。",
        "issues": ["有的党员干部参与营利性活动", "有的项目未批先建"],
    },
    "negative: 巡察组指出，有的A，有的B praising (创新开展, 主动参与志愿服务): no problems": {
        "text": FEEDBACK + "巡察组指出，有的党支部创新开展主题党日活动，有的党员主动参与志愿服务。",
        "issues": [],
    },
    "巡察组反馈了A、B、C、D等问题, 不透明 closing one (a problem of two characters after 不)": {
        "text": "中共某集团党委关于巡视整改进展情况的通报\n省委第二巡视组对集团党委开展了巡视。巡察组反馈了党内政治生活不严肃、物资采购不透明、"
                "安全生产责任落实不力、债权清收不力等问题。",
        "issues": ["党内政治生活不严肃", "物资采购不透明", "安全生产责任落实不力", "债权清收不力"],
    },
    "negative: 指出该校 then a quoted demand: no problem": {
        "text": FEEDBACK + "省委第三巡视组向江左财经大学党委反馈，指出该校“要把巡视整改作为重要政治任务”。",
        "issues": [],
    },
    "a headline's 点名 or 发现 does not lead the body's list: the list opens at the body's 存在": {
        "text": "央企被点名 工程招标存廉洁风险\n中央第八巡视组于15日向甲电力建设集团有限公司党委反馈巡视情况,指出该公司存在工程"
                "招投标领域廉洁风险突出、违规分包转包、关联交易管控不严等问题。",
        "issues": ["工程招投标领域廉洁风险突出", "违规分包转包", "关联交易管控不严"],
    },
    "the same under a Traditional headline that 發現 problems": {
        "text": "巡察發現 縣醫院黨委問題多\n縣委第一巡察組向縣人民醫院黨委反饋巡察情況,指出醫院黨委存在藥品採購監管不嚴、"
                "醫德醫風建設不到位等問題。",
        "issues": ["药品采购监管不严", "医德医风建设不到位"],
    },
    "不同程度存在： then marked items (several units' common problems)": {
        "text": FEEDBACK + "巡视组指出,被巡视党组织各项事业取得了新进展。同时,巡视也发现一些问题,三家单位不同程度存在:一是贯彻落实"
                "上级要求有差距,主动性不强;二是落实主体责任不够到位;三是执行财经纪律不严。",
        "issues": ["贯彻落实上级要求有差距,主动性不强", "落实主体责任不够到位", "执行财经纪律不严"],
    },
    "普遍存在： then items marked (一) (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現,各村普遍存在:(一)“三資”管理不規範;(二)村務公開不及時。",
        "issues": ["“三资”管理不规范", "村务公开不及时"],
    },
    "negative: 存在： before a demand is no list": {
        "text": FEEDBACK + "组长强调,对巡察中发现的存在:要立行立改。",
        "issues": [],
    },
    "反馈意见显示 then 存在A、B，以及C等问题 (the press's report; 以及 no part of the item)": {
        "text": FEEDBACK + "反馈意见显示,部分企业存在服务国家战略不够到位,主责主业不够聚焦,以及选人用人不够规范等问题。",
        "issues": ["服务国家战略不够到位", "主责主业不够聚焦", "选人用人不够规范"],
    },
    "the units an inspection was extended to, their own list after the unit's (延伸巡察的村(社区)存在…)": {
        "text": FEEDBACK + "巡察指出,石桥镇党委存在落实乡村振兴战略不够有力、村级集体经济发展缓慢等问题;延伸巡察的村(社区)存在集体"
                "资金资产资源管理混乱、村务公开不及时不全面、村干部优亲厚友等问题。",
        "issues": ["落实乡村振兴战略不够有力", "村级集体经济发展缓慢", "集体资金资产资源管理混乱", "村务公开不及时不全面",
                   "村干部优亲厚友"],
    },
    "the extended units' list in a sentence of its own after a marked list (延伸巡视的两家企业存在…)": {
        "text": FEEDBACK + "巡视发现,集团党委存在的主要问题:一是能源保供决策部署落实不够有力;二是选人用人工作不够规范。延伸巡视的"
                "两家企业存在安全生产责任落实不到位、物资采购管理不规范、违规兼职取酬等问题。",
        "issues": ["能源保供决策部署落实不够有力", "选人用人工作不够规范", "安全生产责任落实不到位", "物资采购管理不规范",
                   "违规兼职取酬"],
    },
    "the same for a banner's gacha (Traditional)": {
        "text": FEEDBACK_HANT + "指出蘇木黨委存在的主要問題:一是推進牧區振興舉措不多;二是幹部作風不夠紮實。延伸巡察的2個嘎查主要存在"
                "“四議兩公開”制度落實不到位、嘎查級財務管理不規範等問題。",
        "issues": ["推进牧区振兴举措不多", "干部作风不够扎实", "“四议两公开”制度落实不到位", "嘎查级财务管理不规范"],
    },
    "negative: the extended units' problems to be rectified are no list": {
        "text": FEEDBACK + "巡察指出,镇党委存在村级集体经济发展缓慢、财务管理不规范等问题。组长要求,延伸巡察的村存在的问题要同步整改到位。",
        "issues": ["村级集体经济发展缓慢", "财务管理不规范"],
    },
    "指出了A、B存在C、D等N个方面的问题: a 、 before 存在 keeps the list from its verb": {
        "text": RECTIFICATION + "6月28日,县委第四巡察组向县医疗保障局党组反馈了巡察情况,共反馈问题17个,指出了政治理论学习不够深入、"
                "医保基金监管存在漏洞、定点医药机构协议管理不严格、干部队伍作风建设有待加强等4个方面的问题。",
        "issues": ["政治理论学习不够深入", "医保基金监管存在漏洞", "定点医药机构协议管理不严格", "干部队伍作风建设有待加强"],
    },
    "numbered problems that say what was not done as it should be (未严格执行 / 未及时重新发包 / 无审批手续)": {
        "text": "甲村党总支关于县委巡察整改情况的公示\n巡察组反馈问题4个,现已全部整改完成4个。具体如下:\n"
                "1.村级重大事项未严格执行“四议两公开”(已整改)\n2.村集体鱼塘承包合同到期未及时重新发包(已整改)\n"
                "3.村干部误工补贴发放无审批手续(已整改)\n4.党员发展连续三年断档(已整改)\n",
        "issues": ["村级重大事项未严格执行“四议两公开”", "村集体鱼塘承包合同到期未及时重新发包", "村干部误工补贴发放无审批手续",
                   "党员发展连续三年断档"],
    },
    "rectification news: 针对A、B、C等问题 names the problems the work addresses (风险较高等问题: a list's tail)": {
        "text": RECTIFICATION + "通报逐项回应了巡视组指出的问题。其中,针对落实新发展理念有差距、营商环境仍需优化、部分地方隐性债务"
                "风险较高等问题,甲省出台优化营商环境条例。",
        "issues": ["落实新发展理念有差距", "营商环境仍需优化", "部分地方隐性债务风险较高"],
    },
    "the same in Traditional: 逐一匯報了A、B等問題的整改進展": {
        "text": "甲鎮黨委關於巡察整改進展情況的通報\n會上,各分管領導逐一匯報了農村集體三資監管不到位、河道清理不徹底、村級後備幹部"
                "隊伍建設薄弱等問題的整改進展。",
        "issues": ["农村集体三资监管不到位", "河道清理不彻底", "村级后备干部队伍建设薄弱"],
    },
    "negative: 针对 a list of measures is no problem list": {
        "text": RECTIFICATION + "局党组针对制度建设、队伍建设、作风建设等方面,制定了整改措施。",
        "issues": [],
    },
    "a heading of what was found alone on its line, the problems bulleted beneath (a card's layout)": {
        "text": FEEDBACK + "🔍 巡察发现的主要问题\n▪ 贯彻落实城市更新决策部署有差距\n▪ 老旧小区改造项目推进缓慢\n"
                "▪ 物业服务行业监管存在薄弱环节\n\n📊 数据\n反馈问题:27个\n",
        "issues": ["贯彻落实城市更新决策部署有差距", "老旧小区改造项目推进缓慢", "物业服务行业监管存在薄弱环节"],
    },
    "a heading of what was found over a paragraph with its own marked list: the paragraph's list, every item": {
        "text": FEEDBACK + "✅ 发现的主要问题\n\n组长指出,巡察发现学院党委存在的主要问题:一是党委把方向作用发挥不充分;二是落实立德树人"
                "根本任务有差距,课程思政建设推进不平衡;三是科研经费管理存在漏洞。\n",
        "issues": ["党委把方向作用发挥不充分", "落实立德树人根本任务有差距,课程思政建设推进不平衡", "科研经费管理存在漏洞"],
    },
    "the report's counts after its last numbered problem (截至目前，巡察组反馈的N个问题，已完成整改M个): the whole report's": {
        "text": RECTIFICATION + "1.财务管理不规范,存在白条入账问题。\n整改情况:规范报销审批流程。已完成整改。\n"
                "2.村集体“三资”管理混乱。\n整改情况:清理合同136份,其余正在追缴。正在整改。\n"
                "截至目前,县委第四巡察组反馈的2个方面9个问题,已完成整改7个,正在整改2个。\n",
        "issues": ["财务管理不规范,存在白条入账问题", "村集体“三资”管理混乱"],
        "counts": {"reported": 9, "rectified": 7, "ongoing": 2},
    },
    "the same after a table of problems one cell a line (Traditional)": {
        "text": "甲村黨支部關於縣委巡察整改情況的公示\n序號\n問題\n整改情況\n1\n村務公開不及時\n已整改\n2\n三會一課制度落實不嚴格\n已整改\n"
                "截至目前,縣委第三巡察組反饋的2個問題,已完成整改2個。\n",
        "issues": ["村务公开不及时", "三会一课制度落实不严格"],
        "counts": {"reported": 2, "rectified": 2},
    },
    "指出A、B、C等N个方面问题M个 (no 存在, the list's tail counting it): the problems and the count": {
        "text": RECTIFICATION + "4月18日,县委第二巡察组向甲乡党委反馈了巡察意见,指出党建工作薄弱、“三资”管理不规范、惠民政策落实不到位"
                "等3个方面问题9个。截至6月30日,已完成整改9个。",
        "issues": ["党建工作薄弱", "“三资”管理不规范", "惠民政策落实不到位"],
        "counts": {"reported": 9, "rectified": 9},
    },
    "negative: the problems a team helped solve on the way (推动解决A、B等问题7个) are no count of those it reported": {
        "text": FEEDBACK + "巡察期间,巡察组共个别谈话95人次,推动解决群众反映的小区停车难、加装电梯等问题7个。",
        "issues": [],
        "counts": {},
    },
    "negative: 指出 a demand's list is no problem list": {
        "text": FEEDBACK + "组长指出,要重点关注选人用人、工程建设、资金管理等问题。",
        "issues": [],
    },
    "点名 then a unit's short name and its quoted problems": {
        "text": FEEDBACK + "中央第五巡视组向某农业银行党委反馈。反馈点名某农行“支农主业定位有偏差”、“信贷资金管理不严格”。",
        "issues": ["支农主业定位有偏差", "信贷资金管理不严格"],
    },
    "negative: 点名 then a unit and a quoted demand is no problem": {
        "text": FEEDBACK + "会议点名某局“要立行立改”。",
        "issues": [],
    },
    "指出 then the unit and a quoted demand is no problem": {
        "text": FEEDBACK + "组长指出,县水利局党组“要把整改作为重要政治任务”,“切实扛起主体责任”。",
        "issues": [],
    },
    "a unit answers a problem it names mid-paragraph with 一是/二是 measures": {
        "text": RECTIFICATION + "截至6月底,反馈问题已整改18个。县住建局针对项目审批把关不严问题,一是开展在建项目专项检查,"
                "二是修订审批工作规程。",
        "issues": ["项目审批把关不严"],
        "measures": [2],
    },
    "a unit answers a problem it names mid-paragraph (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n截至6月底,反饋問題已整改18個。縣住建局針對項目審批把關不嚴問題,"
                "一是開展在建項目專項檢查,二是修訂審批工作規程。",
        "issues": ["项目审批把关不严"],
        "measures": [2],
    },
    "an area with 一是/二是 measures names no problem": {
        "text": RECTIFICATION + "截至6月底,反馈问题已整改18个。县供销社在资产管理方面,一是全面清查闲置门面,二是修订管理办法。",
        "issues": [],
    },
    "巡视指出，A；B，C；D，E: an item whose last clause tells the consequence is still a problem": {
        "text": FEEDBACK + "巡视指出，农商银行党委服务乡村振兴质效不高；风险防控不够有力，不良贷款反弹承压；落实中央八项规定精神有差距，"
                "违规吃喝问题时有发生。",
        "issues": ["农商银行党委服务乡村振兴质效不高", "风险防控不够有力，不良贷款反弹承压", "落实中央八项规定精神有差距，违规吃喝问题时有发生"],
    },
    "X指出，A，B；C，D: a speaker's plain ；-list, an item ending 压力较大 (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出，縣委落實新發展理念有差距，產業轉型步伐不快；化解隱性債務工作不夠紮實，償債壓力較大；"
                "鄉鎮幹部隊伍結構老化。",
        "issues": ["县委落实新发展理念有差距，产业转型步伐不快", "化解隐性债务工作不够扎实，偿债压力较大", "乡镇干部队伍结构老化"],
    },
    "巡视发现，X在…方面还存在一些问题和不足。一是A；二是B: a long sentence says they exist, the next lists them": {
        "text": FEEDBACK + "组长指出，巡视发现，县水利局党组在履行职能责任、推进河湖治理方面还存在一些问题和不足。一是落实河长制不够到位，"
                "部分河段整治不彻底；二是工程建设领域廉洁风险防控存在漏洞。",
        "issues": ["落实河长制不够到位，部分河段整治不彻底", "工程建设领域廉洁风险防控存在漏洞"],
    },
    "…取得了一定成效，但也存在一些问题。一是A；二是B: praise, then only that some exist, then the marked list": {
        "text": FEEDBACK + "巡察组认为，县水利局党组能够贯彻落实县委决策部署，在河湖治理等方面取得了一定成效，但也存在一些问题。"
                "一是落实意识形态工作责任制不够到位，对外聘人员管理有疏漏；二是党组对水利改革发展谋划不够，项目推进缓慢。",
        "issues": ["落实意识形态工作责任制不够到位，对外聘人员管理有疏漏", "党组对水利改革发展谋划不够，项目推进缓慢"],
    },
    "…但也存在一些问题。一是A；二是B；三是(cut): the page cut inside the last item (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組認為，縣水利局黨組在河湖治理等方面取得了一定成效，但也存在一些問題。一是落實意識形態工作責任制不夠到位；"
                "二是黨組對水利改革發展謀劃不夠，項目推進緩慢；三是內部治理不夠規範，存在未經審批自",
        "issues": ["落实意识形态工作责任制不够到位", "党组对水利改革发展谋划不够，项目推进缓慢"],
    },
    "巡视也发现一些问题，一是A。二是B: the marked items after a comma in the same sentence": {
        "text": FEEDBACK + "巡视指出，县水利局党组推动河湖治理取得积极成效。巡视也发现一些问题，一是贯彻落实上级决策部署有差距，"
                "统筹发展和安全不够到位。二是落实全面从严治党主体责任不够有力。",
        "issues": ["贯彻落实上级决策部署有差距，统筹发展和安全不够到位", "落实全面从严治党主体责任不够有力"],
    },
    "the same in Traditional, 還存在不少不足，有的A，有的B": {
        "text": FEEDBACK_HANT + "巡察指出，縣水利局黨組還存在不少不足，有的幹部擔當作為不夠，有的項目資金管理不規範。",
        "issues": ["有的干部担当作为不够", "有的项目资金管理不规范"],
    },
    "negative: 针对反馈的问题，一是要… (demands, no 一些 said found) are no findings": {
        "text": FEEDBACK + "组长要求，针对巡察反馈的问题，一是要提高政治站位；二是要压实整改责任。",
        "issues": [],
    },
    "negative: the same after a comma (整改工作还存在一些问题，一是…) are no findings": {
        "text": RECTIFICATION + "对照要求，我局整改工作还存在一些问题，一是整改进度不够平衡；二是长效机制建设还需加强。",
        "issues": [],
    },
    "巡察指出：甲村党支部存在A、B等问题；乙村党支部存在C、D等问题: each unit's 、-list, one problem an item": {
        "text": FEEDBACK + "巡察指出：河口村党支部存在村集体资产台账不清、机动地发包未经村民代表大会讨论等问题；柳林村党支部存在党员发展"
                "程序不规范、“一事一议”项目资金使用不透明等问题。",
        "issues": ["村集体资产台账不清", "机动地发包未经村民代表大会讨论", "党员发展程序不规范", "“一事一议”项目资金使用不透明"],
    },
    "the same in Traditional, 巡察指出，甲鎮黨委存在A、B等問題；乙鄉黨委存在C等問題": {
        "text": FEEDBACK_HANT + "巡察指出，東山鎮黨委存在耕地保護責任落實不到位、集體資金管理不規範等問題；西河鄉黨委存在項目資金撥付滯後等問題。",
        "issues": ["耕地保护责任落实不到位", "集体资金管理不规范", "项目资金拨付滞后"],
    },
    "negative: 巡察组指出：要正视存在的问题 (a demand after the colon) is no finding": {
        "text": FEEDBACK + "巡察组指出：县水利局党组要正视存在的问题，认真抓好整改落实。",
        "issues": [],
    },
    "但也存在一些问题：有的A；有的B等方面仍有违规问题: the list after the colon (its last item's 等…问题 opens none)": {
        "text": FEEDBACK + "反馈指出，被巡察党组织能够贯彻落实省委、市委、区委工作要求，但也存在一些问题：有的贯彻落实重大决策部署不够有力，"
                "推动高质量发展措施不实；有的基层党组织建设薄弱；有的财务管理不规范，公务接待、公车使用等方面仍有违规问题。",
        "issues": ["有的贯彻落实重大决策部署不够有力，推动高质量发展措施不实", "有的基层党组织建设薄弱",
                   "有的财务管理不规范，公务接待、公车使用等方面仍有违规问题"],
    },
    "the same in Traditional, 還存在一些不足：一是A；二是B等方面的問題": {
        "text": FEEDBACK_HANT + "巡察指出，縣水利局黨組還存在一些不足：一是落實河長制不夠到位；二是工程款撥付、物資採購等方面仍有不規範問題。",
        "issues": ["落实河长制不够到位", "工程款拨付、物资采购等方面仍有不规范问题"],
    },
    "从反馈情况看，被巡察党组织不同程度存在A、B、C等问题: a round's common problems, said of the units by their kind": {
        "text": "县委第九轮巡察集中反馈会召开\n会上，各巡察组组长分别代表巡察组反馈了巡察情况。从反馈情况看，被巡察党组织不同程度存在学习贯彻党的"
                "二十大精神不够深入、落实意识形态工作责任制有差距、“三重一大”决策制度执行不严格等问题。",
        "issues": ["学习贯彻党的二十大精神不够深入", "落实意识形态工作责任制有差距", "“三重一大”决策制度执行不严格"],
    },
    "the same in Traditional, 各被巡視單位普遍存在A、B等問題": {
        "text": "省委第三輪巡視反饋工作完成\n巡視指出，各被巡視單位普遍存在落實全面從嚴治黨主體責任不到位、選人用人把關不嚴等問題。",
        "issues": ["落实全面从严治党主体责任不到位", "选人用人把关不严"],
    },
    "negative: 被巡察党组织在整改中不同程度存在进度不平衡等问题 on a rectification page (the rectification's own shortcomings)": {
        "text": RECTIFICATION + "对照要求，被巡察党组织整改工作中不同程度存在整改进度不平衡、长效机制不健全等问题。",
        "issues": [],
    },
    "negative: the rectification's own shortcomings (整改工作还存在一些问题。一是…) are no findings": {
        "text": RECTIFICATION + "对照要求，我局整改工作还存在一些问题。一是整改进度不够平衡；二是长效机制建设还需加强。",
        "issues": [],
    },
    "指出了存在的问题。在X方面，A，B。在Y方面，有的C，有的D，E。: aspects opening the sentences after": {
        "text": FEEDBACK + "巡察组充分肯定了县水利局近年来取得的成绩，同时指出了存在的问题。在政治建设方面，理论学习与业务工作结合不紧，"
                "党组会研究业务工作多、研究党建工作少。在工程管理方面，有的项目验收把关不严，有的合同变更审批不规范，"
                "工程款支付审核程序单一。",
        "issues": ["理论学习与业务工作结合不紧，党组会研究业务工作多、研究党建工作少", "有的项目验收把关不严",
                   "有的合同变更审批不规范", "工程款支付审核程序单一"],
        "categories": ["政治建设方面", "工程管理方面", "工程管理方面", "工程管理方面"],
    },
    "the same, aspects opening sentences (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組同時指出了存在的問題。在隊伍建設方面，有的幹部業務能力不強，有的幹部紀律作風鬆弛，上班時間脫崗。",
        "issues": ["有的干部业务能力不强", "有的干部纪律作风松弛，上班时间脱岗"],
    },
    "negative: a sentence of work in an aspect after the problems' announcement is no problem": {
        "text": FEEDBACK + "巡察组同时指出了存在的问题。在下一步工作方面，县水利局党组将制定整改方案，明确责任分工。",
        "issues": [],
    },
    "X指出,两个村在…方面存在短板弱项,有的A,有的B: a clause that only says they exist, then the 有的 clauses": {
        "text": FEEDBACK + "巡察组指出,两个村在党组织建设、集体经济等方面存在短板弱项,有的村党支部主题党日活动形式单一,"
                "有的村集体资产出租收益未按规定公示,有的村补贴发放台账不健全。",
        "issues": ["有的村党支部主题党日活动形式单一", "有的村集体资产出租收益未按规定公示", "有的村补贴发放台账不健全"],
    },
    "the same, 存在一些问题 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出,該局在項目管理方面存在一些問題,有的項目驗收把關不嚴,有的合同變更審批不規範。",
        "issues": ["有的项目验收把关不严", "有的合同变更审批不规范"],
    },
    "A存在X、Y、Z等问题；B存在…: the first unit's list closed by its tail, an item done without its step (未经集体讨论)": {
        "text": FEEDBACK + "巡察组指出，检验科党支部存在支部“三会一课”记录不规范、党员发展计划落实不到位、绩效分配方案未经集体讨论等问题；"
                "放射科党支部存在理论学习针对性不强、设备管理制度不健全等问题。",
        "issues": ["支部“三会一课”记录不规范", "党员发展计划落实不到位", "绩效分配方案未经集体讨论", "理论学习针对性不强", "设备管理制度不健全"],
    },
    "共反馈N个方面M个问题。在X方面，A；在Y方面，B: the count's sentence, then each aspect's problems": {
        "text": FEEDBACK + "巡察组组长代表巡察组反馈了巡察情况，共反馈3个方面17个问题。在政治建设方面，局党组落实意识形态工作责任制不够到位；"
                "在队伍建设方面，年轻干部培养机制不健全。",
        "issues": ["局党组落实意识形态工作责任制不够到位", "年轻干部培养机制不健全"],
        "categories": ["政治建设方面", "队伍建设方面"],
        "counts": {"reported": 17},
    },
    "巡视发现：在X方面，A，B；在Y方面，C: a plain list whose items open with their aspect": {
        "text": FEEDBACK + "组长指出，巡视发现：在服务发展方面，主责主业聚焦不够，项目推进迟缓；在全面从严治党方面，党委主体责任压得不实，"
                "物资采购领域廉洁风险较为突出。",
        "issues": ["主责主业聚焦不够，项目推进迟缓", "党委主体责任压得不实，物资采购领域廉洁风险较为突出"],
        "categories": ["服务发展方面", "全面从严治党方面"],
    },
    "巡察发现，A。B，C。D，E。: problems told one sentence each": {
        "text": FEEDBACK + "组长指出，巡察发现，医院党委把方向、管大局的领导作用发挥不够充分。药品耗材采购监管不够严格，存在廉洁风险。"
                "中层干部轮岗交流机制落实不到位，部分关键岗位人员长期未交流。\n组长要求，医院党委要坚持问题导向。",
        "issues": ["医院党委把方向、管大局的领导作用发挥不够充分", "药品耗材采购监管不够严格，存在廉洁风险",
                   "中层干部轮岗交流机制落实不到位，部分关键岗位人员长期未交流"],
    },
    "the same, one unit's problems a sentence each (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出，實驗小學黨支部落實“雙減”政策不夠到位。第二中學黨支部落實校長負責制不夠到位，議事規則不健全。",
        "issues": ["实验小学党支部落实“双减”政策不够到位", "第二中学党支部落实校长负责制不够到位，议事规则不健全"],
    },
    "negative: a sentence summing up what was found opens no list of sentences": {
        "text": FEEDBACK + "会议指出，本轮巡察找准了被巡察党组织存在的突出问题。被巡察党组织存在的问题必须引起高度重视，"
                "整改工作不能走过场。",
        "issues": [],
    },
    "negative: praise then a demand after 巡察发现 is no list of sentences": {
        "text": FEEDBACK + "组长指出，巡察发现，局党组工作取得了一定成效。局党组要认真对照反馈意见抓好整改。",
        "issues": [],
    },
    "存在A、B“X”、C“Y”等问题: a piece ending with a quoted common name stands alone": {
        "text": FEEDBACK + "巡察发现，学校党总支存在“重教学轻党建”、“三重一大”决策制度执行不严、教辅资料征订“打擦边球”、"
                "食堂财务管理“一本糊涂账”等问题。",
        "issues": ["重教学轻党建", "“三重一大”决策制度执行不严", "教辅资料征订“打擦边球”", "食堂财务管理“一本糊涂账”"],
    },
    "存在A不宽、B“X”等问题 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出，村黨總支存在集體經濟發展路子不寬、村級工程項目“先施工後審批”等問題。",
        "issues": ["集体经济发展路子不宽", "村级工程项目“先施工后审批”"],
    },
    "巡察发现，X存在A不够深入系统，B，C的问题: a comma list whose first item's cue stands inside it": {
        "text": FEEDBACK + "组长指出，巡察发现，图书馆党支部存在政治理论学习不够深入系统，文献采购制度执行不严，服务教学精准度不够的问题。",
        "issues": ["政治理论学习不够深入系统", "文献采购制度执行不严", "服务教学精准度不够"],
    },
    "巡察指出： then lines numbered 一、二、: the numbered lines' own problems, no line read twice": {
        "text": FEEDBACK + "巡察指出：\n一、主体责任压得不实，“一岗双责”落实不到位；\n二、议事决策制度执行不严格，部分重大事项未经集体研究。",
        "issues": ["主体责任压得不实，“一岗双责”落实不到位", "议事决策制度执行不严格，部分重大事项未经集体研究"],
    },
    "a table of problems with tabs and a category column: each row's problem, its category the row's kind": {
        "text": RECTIFICATION + "现将整改情况报告如下：\n问题类别\t具体问题\t整改措施\t完成情况\n"
                "政治建设\t落实意识形态工作责任制不到位，阵地管理不严\t修订责任清单，开展专项检查\t已完成\n"
                "经营管理\t融资成本管控不力，高成本融资占比偏高\t置换高成本融资\t整改中\n局党组将持续巩固整改成果。",
        "issues": ["落实意识形态工作责任制不到位，阵地管理不严", "融资成本管控不力，高成本融资占比偏高"],
        "categories": ["政治建设", "经营管理"],
    },
    "a table of problems one cell a line, no row numbers, up to the page's prose (Traditional)": {
        "text": "中共某鄉委員會關於巡察整改落實情況的公示\n現將整改落實情況公示如下：\n問題\n整改措施\n責任人\n完成情況\n"
                "鄉黨委理論學習計劃性不強\n制定年度學習計劃，建立學習檔案\n黨委書記\n已完成\n"
                "村級後備幹部儲備不足\n每村儲備後備幹部2至3名\n組織委員\n持續推進\n公示時間：2024年3月20日至3月26日。",
        "issues": ["乡党委理论学习计划性不强", "村级后备干部储备不足"],
    },
    "a table of problems between bars, no row numbers": {
        "text": RECTIFICATION + "部分问题整改情况如下：\n| 问题 | 整改措施 | 责任部门 | 完成情况 |\n"
                "| 科室二次分配不透明 | 制定绩效二次分配指导意见 | 人力资源处 | 推进中 |\n"
                "| 药品耗材集中带量采购执行不到位 | 建立集采药品使用监测机制 | 药学部 | 已完成 |",
        "issues": ["科室二次分配不透明", "药品耗材集中带量采购执行不到位"],
    },
    "a table of problems between bars, its kind first, the measures a series in their cell": {
        "text": RECTIFICATION + "现将整改情况报告如下:\n类别|序号|问题|整改措施|整改状态\n"
                "政治建设|1|落实上级决策部署存在打折扣现象|一是建立督办台账;二是约谈落实不力的部门负责人|已完成\n"
                "组织建设|2|干部交流轮岗不够|一是制定轮岗办法;二是轮岗交流干部28名;三是建立任职时限提醒|正在整改",
        "issues": ["落实上级决策部署存在打折扣现象", "干部交流轮岗不够"],
        "categories": ["政治建设", "组织建设"],
        "measures": [2, 3],
    },
    "negative: a ledger whose problem column names tasks, not problems, gives none": {
        "text": RECTIFICATION + "整改台账如下：\n问题\t整改措施\t完成情况\n理论学习\t每月集中学习一次\t已完成\n"
                "制度建设\t修订财务管理办法\t已完成\n档案管理\t建立档案室\t已完成",
        "issues": [],
    },
    "bulleted one-line problems, the last right before the speaker's next paragraph: that line is whole too": {
        "text": FEEDBACK + "11月7日，县委第二巡察组向县水利局党组反馈巡察情况。\n组长指出，巡视发现的主要问题有：\n"
                "● 河湖长制落实有短板，部分河段整治不彻底\n"
                "● 干部队伍建设统筹谋划不够，水利工程建设管理等领域专业技术人才断层问题较为突出\n"
                "组长强调，局党组要把抓好整改作为重大政治任务。",
        "issues": ["河湖长制落实有短板，部分河段整治不彻底", "干部队伍建设统筹谋划不够，水利工程建设管理等领域专业技术人才断层问题较为突出"],
    },
    "指出，甲党组…但存在A、B、C的问题；乙党组存在D，E，F的问题: each unit's list, by 、 or by commas": {
        "text": FEEDBACK + "巡察组指出，甲院党组在服务大局方面做了大量工作，但存在法律监督主责主业不够突出、检察建议刚性不足的问题；"
                "乙院党组存在基层党组织建设薄弱，司法警察管理不规范的问题。",
        "issues": ["法律监督主责主业不够突出", "检察建议刚性不足", "基层党组织建设薄弱", "司法警察管理不规范"],
    },
    "negative: 一是A，B的问题 is one problem, its marker's item (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出，巡察發現鎮黨委主要存在以下問題：一是落實上級決策部署有偏差，人居環境整治重建設輕管護的問題；"
                "二是執行財經紀律不嚴格，違規列支招待費用的問題。",
        "issues": ["落实上级决策部署有偏差，人居环境整治重建设轻管护", "执行财经纪律不严格，违规列支招待费用"],
    },
    "rectification news: 巡察指出，有的A，有的B，有的C, a 有的 clause a problem whatever its last words": {
        "text": "县法院:以巡察整改促审判质效提升\n今年3月，县委第二巡察组对县法院党组开展了巡察，5月反馈了巡察意见。巡察指出，"
                "有的干警司法作风不够严谨，有的案件审理超审限，有的诉讼服务窗口服务意识不强。\n截至目前，反馈的13个问题已完成整改11个。",
        "issues": ["有的干警司法作风不够严谨", "有的案件审理超审限", "有的诉讼服务窗口服务意识不强"],
    },
    "negative: 有的 clauses that tell what was done are no problems": {
        "text": FEEDBACK + "组长指出，有的单位已经建立整改台账，有的单位正在制定整改方案。",
        "issues": [],
    },
    "(1)X——what was done: the problem ends at the dash (Traditional)": {
        "text": "某農商銀行黨委關於巡察整改情況的通報\n主要問題整改情況如下：\n（1）信貸資產質量管控不嚴，不良貸款率偏高——成立不良資產清收專班。\n"
                "（2）關聯交易管理不規範——重新梳理關聯方名單。",
        "issues": ["信贷资产质量管控不严，不良贷款率偏高", "关联交易管理不规范"],
    },
    "N个正在持续整改中 is ongoing": {
        "text": RECTIFICATION + "县委第二巡察组反馈的18个问题，已完成整改15个，3个正在持续整改中。",
        "issues": [],
        "counts": {"reported": 18, "rectified": 15, "ongoing": 3},
    },
    "巡察发现，A。此外，B。同时，C。: problems a sentence each, the joining words no part of them": {
        "text": FEEDBACK + "巡察发现，部分村集体经济收入来源单一。此外，村“两委”班子成员年龄结构偏大。同时，农村人居环境整治推进缓慢。",
        "issues": ["部分村集体经济收入来源单一", "村“两委”班子成员年龄结构偏大", "农村人居环境整治推进缓慢"],
    },
    "negative: 此外 opening what the team also received is no problem (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現，部分村集體經濟收入來源單一。此外，巡察組還收到反映問題線索3件。",
        "issues": [],
    },
    "指出,X党组一是A；二是B: the list opens at its first marker, the unit before it no part of the first item": {
        "text": FEEDBACK + "巡察组指出，县水利局党组一是理论学习不深不透；二是重点项目推进迟缓；三是财务报销把关不严。",
        "issues": ["理论学习不深不透", "重点项目推进迟缓", "财务报销把关不严"],
    },
    "the same after 巡察发现 with a university's party committee (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現，學院黨委一是落實意識形態工作責任制不到位；二是科研經費管理不規範。",
        "issues": ["落实意识形态工作责任制不到位", "科研经费管理不规范"],
    },
    "一方面A，另一方面B: two problems told as its two sides": {
        "text": FEEDBACK + "反馈指出，测绘院党委一方面落实安全生产责任不到位，另一方面对下属单位监督检查流于形式。",
        "issues": ["落实安全生产责任不到位", "对下属单位监督检查流于形式"],
    },
    "一方面…另一方面… without the unit, in Traditional": {
        "text": FEEDBACK_HANT + "巡察指出，一方面幹部隊伍結構不優，另一方面選人用人程序不夠規範。",
        "issues": ["干部队伍结构不优", "选人用人程序不够规范"],
    },
    "negative: 一方面…另一方面… of what the unit will do is no problem list": {
        "text": FEEDBACK + "局党组书记表示，一方面要认真抓好整改，另一方面要建立长效机制。",
        "issues": [],
    },
    "指出…存在A和B的问题: two problems joined by 和": {
        "text": FEEDBACK + "巡察指出，街道办事处存在违规发放补贴和超标准接待的问题。",
        "issues": ["违规发放补贴", "超标准接待"],
    },
    "指出…存在A和B的问题 where A和B is one problem: one issue (Traditional)": {
        "text": FEEDBACK_HANT + "巡察指出，該局存在黨風廉政建設和反腐敗工作不到位的問題。",
        "issues": ["党风廉政建设和反腐败工作不到位"],
    },
    "向X反馈问题如下：1.A；2.B: the feedback sentence introduces the list": {
        "text": FEEDBACK + "3月5日，县委第二巡察组向县水利局党组反馈问题如下：\n1.理论学习不深入；\n2.财务管理不规范。",
        "issues": ["理论学习不深入", "财务管理不规范"],
    },
    "向X反饋的問題主要有：一是A；二是B (Traditional)": {
        "text": FEEDBACK_HANT + "3月5日，縣委第二巡察組向縣水利局黨組反饋的問題主要有：一是理論學習不深入；二是財務管理不規範。",
        "issues": ["理论学习不深入", "财务管理不规范"],
    },
    "negative: 反馈问题：N个 is a count's label, no list": {
        "text": RECTIFICATION + "巡察组：县委第二巡察组　反馈时间：2023年11月28日\n反馈问题：25个　已整改：22个\n整改措施：83条",
        "issues": [],
    },
    "指出 then a counted subject, 普遍存在A、B的问题 (no 等): each item, not the subject": {
        "text": FEEDBACK + "第二巡察组指出,东山村等4个村党支部普遍存在组织生活不严肃、发展党员程序不规范的问题。",
        "issues": ["组织生活不严肃", "发展党员程序不规范"],
    },
    "指出 then a counted subject, 普遍存在A、B的问题 (Traditional)": {
        "text": FEEDBACK_HANT + "第二巡察組指出,東山村等4個村黨支部普遍存在組織生活不嚴肅、發展黨員程序不規範的問題。",
        "issues": ["组织生活不严肃", "发展党员程序不规范"],
    },
    "指出 a demand to prevent A、B的问题 is no list": {
        "text": FEEDBACK + "组长指出,要防止出现整改走过场、搞形式的问题。",
        "issues": [],
    },
    "a quoted list of problems, each item one": {
        "text": "县委巡察办推进教育领域巡察整改\n“群众观念淡薄，解决入园难问题不到位；教师队伍结构不合理，临时人员数量多……”"
                "在历次巡察中，针对发现的问题一一列出反馈问题清单。",
        "issues": ["群众观念淡薄，解决入园难问题不到位", "教师队伍结构不合理，临时人员数量多"],
    },
    "a quoted list of problems (Traditional)": {
        "text": "縣委巡察辦推進巡察整改\n“食堂採購管理不規範；教輔徵訂把關不嚴……”巡察組逐一列出反饋問題清單。",
        "issues": ["食堂采购管理不规范", "教辅征订把关不严"],
    },
    "a quoted list of demands or achievements is no list": {
        "text": "县委巡察办推进巡察整改\n“要提高政治站位；要压实整改责任。”巡察办负责人说。"
                "“新建学校5所；新增学位7000多个……”县教育局负责人介绍巡察整改带来的变化。",
        "issues": [],
    },
    "a digest of several feedbacks: what each target was told": {
        "text": "省委巡视组向8市反馈巡视情况\n比如，甲市有干部群众反映，少数领导干部违规插手工程项目谋取私利；"
                "乙市被反映项目建设监管乏力，部分项目存在违规超建等问题。同时，不少市被反映基层干部违纪腐败问题。"
                "丙市有干部群众反映，在作风建设方面，该市有的部门存在办公用房超标，有的单位滥发津补贴。",
        "issues": ["少数领导干部违规插手工程项目谋取私利", "项目建设监管乏力", "部分项目存在违规超建",
                   "有的部门存在办公用房超标", "有的单位滥发津补贴"],
        "categories": [None, None, None, "作风建设方面", "作风建设方面"],
    },
    "a digest of several feedbacks (Traditional), its last clause cut off": {
        "text": "省委巡視組向8市反饋巡視情況\n丁市被反映一些基層單位和村級幹部腐敗呈上升趨勢，基層政權建設需要進一步加強；"
                "戊市被反映經費開支大手大腳，公款吃喝現象仍時有",
        "issues": ["一些基层单位和村级干部腐败呈上升趋势", "基层政权建设需要进一步加强", "经费开支大手大脚"],
    },
    "reports of complaints received, or 群众反映的问题, are no digest": {
        "text": "省委巡视组向某市反馈巡视情况\n巡视组收到反映一些领导干部的问题线索，已按规定转有关部门处理。"
                "对干部群众反映的问题，市委将认真研究解决。涉及被反映人的问题线索，已移交市纪委监委。",
        "issues": [],
    },
    "the kind of problem a list shares is its category (Traditional)": {
        "text": "中央巡視反饋情況公布\n選人用人不規範也是各地的共性問題：甲市“幹部選拔任用程序不嚴格”；乙市“超職數配備幹部”。",
        "issues": ["干部选拔任用程序不严格", "超职数配备干部"],
        "categories": ["选人用人不规范", "选人用人不规范"],
    },
    "a common problem named without a list is no list": {
        "text": FEEDBACK + "组长指出，形式主义、官僚主义是当前基层的共性问题，要引起高度重视。",
        "issues": [],
    },
    # ---------------------------------------------------------------- rectification reports
    "numbered problems under an aspect heading, each with its 一是/二是 measures; next steps are none": {
        "text": RECTIFICATION + "一、整改工作开展情况\n县委高度重视。\n二、反馈问题整改落实情况\n（一）党的领导方面\n"
                "1.学习贯彻党的创新理论不深入。\n整改情况：一是建立第一议题制度。二是开展专题读书班。\n"
                "2.落实意识形态工作责任制不到位。\n整改情况：一是开展意识形态领域风险排查。\n"
                "三、下一步工作打算\n1.持续压实整改责任不放松。\n",
        "issues": ["学习贯彻党的创新理论不深入", "落实意识形态工作责任制不到位"],
        "categories": ["党的领导方面", "党的领导方面"],
        "measures": [2, 1],
    },
    "numbered problems (Traditional)": {
        "text": "中共某某縣委關於巡察整改進展情況的通報\n二、反饋問題整改落實情況\n（一）黨的建設方面\n"
                "1.基層黨組織建設薄弱。\n整改情況：一是開展軟弱渙散黨組織整頓。二是配齊支部委員。三是開展輪訓。\n",
        "issues": ["基层党组织建设薄弱"],
        "categories": ["党的建设方面"],
        "measures": [3],
    },
    "问题N：X under an aspect heading, with 整改措施：一是…": {
        "text": RECTIFICATION + "一、关于党的领导方面\n问题1：学习贯彻党的创新理论不深入。\n整改措施：一是建立第一议题制度；"
                "二是开展专题学习。\n问题2：落实意识形态责任制不到位。\n整改措施：开展风险排查。\n",
        "issues": ["学习贯彻党的创新理论不深入", "落实意识形态责任制不到位"],
        "categories": ["关于党的领导方面", "关于党的领导方面"],
        "measures": [2, 1],
    },
    "（一）关于“X”的问题 headings": {
        "text": RECTIFICATION + "（一）关于“贯彻落实上级决策部署不到位”的问题\n整改情况：一是召开专题会议。二是制定工作方案。\n"
                "（二）关于“资金管理不规范”的问题\n整改情况：一是开展专项清理。\n",
        "issues": ["贯彻落实上级决策部署不到位", "资金管理不规范"],
        "measures": [2, 1],
    },
    "问题：一是A；二是B。⏎整改情况：一是… under an aspect's heading: each marked item one problem": {
        "text": RECTIFICATION + "一、关于党的领导方面\n问题：一是学习贯彻党的二十大精神不够深入，以会议传达代替学习研讨；二是落实意识形态工作"
                "责任制不到位。\n整改情况：一是制定理论学习中心组年度学习计划；二是对宣传栏进行全面清理规范。\n",
        "issues": ["学习贯彻党的二十大精神不够深入，以会议传达代替学习研讨", "落实意识形态工作责任制不到位"],
        "categories": ["关于党的领导方面", "关于党的领导方面"],
    },
    "the same in Traditional, 問題：一是A；二是B；三是C": {
        "text": "中共某鎮委員會關於巡察反饋問題整改情況的通報\n二、關於全面從嚴治黨方面\n問題：一是鎮紀委監督執紀運用不充分；二是村級財務"
                "管理混亂；三是惠民資金發放不及時。\n整改情況：一是處理17人次。\n",
        "issues": ["镇纪委监督执纪运用不充分", "村级财务管理混乱", "惠民资金发放不及时"],
    },
    "negative: 整改情况：一是…；二是… (the measures, no problem label) gives no problem": {
        "text": RECTIFICATION + "巡察反馈以来，局党组认真抓好整改。\n整改情况：一是制定理论学习中心组年度学习计划；二是对宣传栏进行全面清理规范。\n",
        "issues": [],
    },
    "（一）关于“X”的整改 headings (the quoted problem alone, no 问题 after it)": {
        "text": RECTIFICATION + "二、巡察反馈问题的整改落实情况\n（一）关于“集体资产台账登记不全”的整改\n1.开展集体资产清查，补登资产"
                "47项……\n（二）关于“工程项目变更审批不严”的整改\n1.修订工程变更管理办法……\n",
        "issues": ["集体资产台账登记不全", "工程项目变更审批不严"],
    },
    "（一）關於「X」的整改情況 headings (Traditional)": {
        "text": "中共某縣衛健局黨組關於巡察整改進展情況的通報\n（一）關於「醫保基金監管存在漏洞」的整改情況\n1.開展醫保基金專項檢查……\n"
                "（二）關於「藥品採購程序不規範」的整改情況\n1.修訂藥品採購制度……\n",
        "issues": ["医保基金监管存在漏洞", "药品采购程序不规范"],
    },
    "（一）关于“X” headings, the quoted problem alone on its line (the rectification in the paragraph beneath)": {
        "text": RECTIFICATION + "二、对巡视反馈问题的整改落实情况\n（一）关于“理论学习中心组学习流于形式”\n修订中心组学习制度，全年集中"
                "学习12次。\n（二）关于“科研经费管理不规范，存在虚列支出、套取资金等问题”\n开展科研经费专项审计，追缴违规经费。\n",
        "issues": ["理论学习中心组学习流于形式", "科研经费管理不规范，存在虚列支出、套取资金"],
    },
    "the same in Traditional, 1.關於「X」": {
        "text": "中共某縣衛健局黨組關於巡察整改進展情況的通報\n1.關於「醫保基金監管存在漏洞」\n開展醫保基金專項檢查。\n"
                "2.關於「藥品採購程序不規範」\n修訂藥品採購制度。\n",
        "issues": ["医保基金监管存在漏洞", "药品采购程序不规范"],
    },
    "negative: （一）关于“X”建设 (words after the quote: a topic of the report, no problem)": {
        "text": RECTIFICATION + "三、下一步工作打算\n（一）关于“清廉机关”建设\n持续推进清廉机关建设。\n（二）关于“智慧医保”平台\n"
                "加快平台上线运行。\n",
        "issues": [],
    },
    "关于“X”的整改 with X a short name of a campaign, not a problem: no issue": {
        "text": RECTIFICATION + "（一）关于“四风”的整改\n1.开展作风建设专项整治……\n（二）关于“三资”的整改\n1.开展清产核资……\n",
        "issues": [],
    },
    "1.X方面的问题 headings, each problem a paragraph opening 一是关于Y的问题。: the heading is their category": {
        "text": RECTIFICATION + "1.党风廉政建设责任落实不够到位方面的问题\n一是关于党委主体责任落实不力,班子成员“一岗双责”流于形式"
                "的问题。党委班子成员认真学习,细化整改计划。\n二是关于纪委监督责任落实不够的问题。纪委开展专项检查。\n"
                "2.选人用人方面的问题\n一是关于干部选拔任用程序不规范的问题。组织部门对干部任用进行了全面梳理。\n",
        "issues": ["党委主体责任落实不力,班子成员“一岗双责”流于形式", "纪委监督责任落实不够", "干部选拔任用程序不规范"],
        "categories": ["党风廉政建设责任落实不够到位方面的问题", "党风廉政建设责任落实不够到位方面的问题", "选人用人方面的问题"],
    },
    "关于巡视组反馈的X问题, mid-paragraph in a rectification news: X": {
        "text": RECTIFICATION + "通报指出,关于巡察组反馈的部分党组成员涉嫌违规占用办公用房问题,县水利局已于3月腾退超标办公用房。"
                "关于个别干部插手工程建设,为亲属谋取利益的问题,党组责成当事人作出检查。",
        "issues": ["部分党组成员涉嫌违规占用办公用房", "个别干部插手工程建设,为亲属谋取利益"],
    },
    "關於巡察組反饋的X問題, mid-paragraph (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n通報指出,關於巡察組反饋的部分黨組成員涉嫌違規占用辦公用房問題,"
                "縣水利局已騰退超標辦公用房。",
        "issues": ["部分党组成员涉嫌违规占用办公用房"],
    },
    "针对“X”Y问题, a quoted word inside the problem named mid-paragraph (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n截至8月底,已完成整改61個。針對「一把手」監督薄弱問題,黨組出臺實施辦法。"
                "針對惠民政策落實存在「最後一公里」梗阻的問題,開展惠民資金專項覈查。",
        "issues": ["「一把手」监督薄弱", "惠民政策落实存在「最后一公里」梗阻"],
    },
    "A党组针对巡察指出的X问题，…: a round's rectification news naming one problem of each unit after the unit": {
        "text": "十届县委第五轮巡察整改进展情况公开\n截至11月底，6个被巡察党组织共梳理反馈问题98个。从整改情况看，县林业局党组针对巡察指出的"
                "护林员管理不规范问题，开展专项清理；城关镇党委针对巡察指出的村级财务公开不及时问题，建立月度公开制度。",
        "issues": ["护林员管理不规范", "村级财务公开不及时"],
    },
    "A黨委聚焦巡視指出的X問題 / 圍繞巡視反饋的Y問題 (Traditional)": {
        "text": "省委第三輪巡視整改進展情況公開\n其中，省交通集團黨委聚焦巡視指出的工程分包管理混亂問題，建立合格分包商名錄；"
                "省醫科大學黨委圍繞巡視反饋的學科布局不均衡問題，調整學科設置。",
        "issues": ["工程分包管理混乱", "学科布局不均衡"],
    },
    "A党组针对X问题，… right after the unit, who found it unsaid: a round's rectification news, each unit's problem": {
        "text": "十四届县委第七轮巡察整改情况公开\n从整改情况看，县住建局党组针对建筑市场监管不力问题，开展建筑市场秩序专项整治；"
                "县医疗保障局党组针对医保基金监管存在漏洞问题，追回医保基金73.5万元。",
        "issues": ["建筑市场监管不力", "医保基金监管存在漏洞"],
    },
    "A黨委針對X問題 after a caption, a university's and a bank's branch's (Traditional)": {
        "text": "省委第三輪巡視整改進展情況公開\n省屬高校整改情況。北原大學黨委針對科研經費管理不嚴問題，清查科研項目經費2300餘項；"
                "某銀行某分行黨支部針對信貸審批把關不嚴的問題，修訂授信審批辦法。",
        "issues": ["科研经费管理不严", "信贷审批把关不严"],
    },
    "rectification news: the problems its summary lists (主要问题有：A、B等) and those each unit answers (C党组针对X问题)": {
        "text": "杉溪县委第十一轮巡察整改情况公告\n巡察发现的主要问题有：村务公开不及时不全面、村干部优亲厚友等。黄泥镇党委已督促各村"
                "完成整改。县粮食和物资储备中心党支部针对储备粮轮换管理不规范问题，修订轮换管理细则。",
        "issues": ["村务公开不及时不全面", "村干部优亲厚友", "储备粮轮换管理不规范"],
    },
    "the same in Traditional, the list after 巡察指出 and a unit's problem before it": {
        "text": "市委第七輪巡察整改情況公開\n梅隴旅遊發展集團黨委針對景區經營項目發包不規範問題，重新公開招租。巡察發現，市屬國企存在"
                "主責主業不夠聚焦、投資決策程序不規範等問題。",
        "issues": ["景区经营项目发包不规范", "主责主业不够聚焦", "投资决策程序不规范"],
    },
    "negative: a report numbering its problems keeps them, not the summary's list beside them": {
        "text": "中共某县水利局党组关于巡察整改进展情况的通报\n巡察指出，存在理论学习不深入、工程管理不规范等问题。\n"
                "一、关于理论学习不够深入的问题\n整改情况：制定学习计划。\n二、关于工程项目管理不规范的问题\n整改情况：修订管理办法。",
        "issues": ["理论学习不够深入", "工程项目管理不规范"],
    },
    "negative: A党组针对上述问题 / 存在的问题 / 群众反映强烈的突出问题 name no problem": {
        "text": "十四届县委第七轮巡察整改情况公开\n县财政局党组针对上述问题，制定整改方案；县林业局党组针对存在的问题，逐条制定措施；"
                "县民政局党组针对群众反映强烈的突出问题，开展专项整治；县水利局党组针对整改中发现的新问题，举一反三。",
        "issues": [],
    },
    "negative: 针对巡察指出的共性问题 / 针对巡察反馈的问题 name no problem": {
        "text": "十届县委第五轮巡察整改进展情况公开\n县林业局党组针对巡察指出的共性问题，举一反三开展自查；城关镇党委针对巡察反馈的问题，"
                "逐项制定整改措施。",
        "issues": [],
    },
    "主要有：⏎（一）X方面。1.A；2.B。⏎（二）Y方面。1.C。: each aspect's numbered items on its own line": {
        "text": FEEDBACK + "组长指出，巡察也发现了一些问题，主要有：\n（一）贯彻落实决策部署方面。1.推动重点项目建设思路不够清晰，"
                "项目储备不足；2.防范化解债务风险存在短板。\n（二）落实全面从严治党方面。1.党组主体责任落实不够有力；"
                "2.违反中央八项规定精神问题仍有发生。\n组长强调，要抓好整改。",
        "issues": ["推动重点项目建设思路不够清晰，项目储备不足", "防范化解债务风险存在短板", "党组主体责任落实不够有力",
                   "违反中央八项规定精神问题仍有发生"],
        "categories": ["贯彻落实决策部署方面", "贯彻落实决策部署方面", "落实全面从严治党方面", "落实全面从严治党方面"],
    },
    "the same in Traditional, 主要是：⏎（一）…方面。1.A；2.B。": {
        "text": FEEDBACK_HANT + "組長指出，巡察也發現了一些問題，主要是：\n（一）黨的建設方面。1.基層黨組織建設存在薄弱環節；"
                "2.黨員教育管理不夠嚴格。\n（二）隊伍建設方面。1.幹部隊伍年齡結構不合理。\n",
        "issues": ["基层党组织建设存在薄弱环节", "党员教育管理不够严格", "干部队伍年龄结构不合理"],
    },
    "（二）X方面。1.A，B；2.C: a numbered item read as a problem by its first clause (…不规范，部分高值耗材使用量异常增长)": {
        "text": FEEDBACK + "组长指出，还存在一些问题，主要有：\n（一）药品耗材管理方面。1.药品耗材遴选采购程序不规范，部分高值耗材使用量"
                "异常增长；2.医疗设备采购论证不充分，个别设备长期闲置。\n",
        "issues": ["药品耗材遴选采购程序不规范，部分高值耗材使用量异常增长", "医疗设备采购论证不充分，个别设备长期闲置"],
    },
    "存在的主要问题是：⏎A党组：X；Y。⏎B党组：Z。: each unit's problems on its line after its name": {
        "text": "市委第三巡察组向市教育局党组等2个党组织反馈巡察情况\n巡察发现，各被巡察党组织存在的主要问题是：\n"
                "市教育局党组：落实教育优先发展战略不够有力；教育经费使用管理不规范。\n市体育局党组：全民健身公共服务供给不足；"
                "体育场馆运营效益不高。\n",
        "issues": ["落实教育优先发展战略不够有力", "教育经费使用管理不规范", "全民健身公共服务供给不足", "体育场馆运营效益不高"],
    },
    "the same in Traditional, the last line cut by the page's end": {
        "text": "縣委第二巡察組向縣林業局黨組等2個黨組織反饋巡察情況\n巡察發現，存在的主要問題是：\n縣林業局黨組：護林員管理不規範；"
                "林地佔用審批把關不嚴。\n縣水利局黨組：河道採砂監管不到位；工程項目",
        "issues": ["护林员管理不规范", "林地占用审批把关不严", "河道采砂监管不到位"],
    },
    "negative: 反馈了巡察情况，从A、B等方面逐一指出存在的问题 names the areas, no problems": {
        "text": FEEDBACK + "会上，巡察组组长分别向被巡察党组织主要负责人反馈了巡察情况，从落实决策部署、整治群众身边腐败问题、"
                "加强基层党组织建设等方面逐一指出存在的问题，提出整改意见建议。",
        "issues": [],
    },
    "存在过度诊疗、重复收费、串换项目收费等问题: misconduct named as the trade names it": {
        "text": "县委专项巡察组向县人民医院党委反馈医保基金专项巡察情况\n反馈指出，县人民医院党委存在过度诊疗、重复收费、串换项目收费等问题；"
                "县中医医院党委存在分解住院、挂床住院、医保结算审核把关不严等问题。",
        "issues": ["过度诊疗", "重复收费", "串换项目收费", "分解住院", "挂床住院", "医保结算审核把关不严"],
    },
    "the same in Traditional: 存在騙取醫保基金、收受「紅包」等問題": {
        "text": "縣委專項巡察組向縣婦幼保健院黨委反饋巡察情況\n反饋指出，縣婦幼保健院黨委存在騙取醫保基金、收受「紅包」、虛開診療票據等問題。",
        "issues": ["骗取医保基金", "收受「红包」", "虚开诊疗票据"],
    },
    "negative: （一）X方面。1.… whose numbered items are measures taken, no problems": {
        "text": RECTIFICATION + "整改工作开展情况如下：\n（一）组织领导方面。1.召开党组会议3次；2.制定整改方案1个。\n"
                "（二）制度建设方面。1.修订完善制度5项。\n",
        "issues": [],
    },
    "巡察也发现：在X方面，存在A、B等问题；在Y方面，…: the colon after 发现, an aspect longer than most": {
        "text": FEEDBACK + "巡察组指出，局党组做了大量工作。同时，巡察也发现：在贯彻落实党的路线方针政策和党中央决策部署方面，"
                "存在耕地保护责任落实不到位、违法用地查处不及时等问题；在落实全面从严治党战略部署方面，存在党组主体责任落实不力、"
                "窗口服务作风不实等问题。",
        "issues": ["耕地保护责任落实不到位", "违法用地查处不及时", "党组主体责任落实不力", "窗口服务作风不实"],
    },
    "巡察也發現：在X方面，存在A等問題 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出，同時，巡察也發現：在落實全面從嚴治黨戰略部署方面，存在黨組主體責任落實不力、"
                "廉潔風險防控薄弱等問題；在落實新時代黨的組織路線方面，存在幹部隊伍專業化程度不高等問題。",
        "issues": ["党组主体责任落实不力", "廉洁风险防控薄弱", "干部队伍专业化程度不高"],
    },
    "指出…存在A，B，C，D的问题: a list parted by commas closed by 的问题": {
        "text": FEEDBACK + "反馈会上，巡察组组长指出，县水利局党组还存在理论学习不深不透，重点项目推进迟缓，财务报销把关不严，"
                "干部担当作为意识不强的问题。",
        "issues": ["理论学习不深不透", "重点项目推进迟缓", "财务报销把关不严", "干部担当作为意识不强"],
    },
    "a comma list closed by 的问题 (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出，縣水利局黨組存在重點項目推進遲緩，財務報銷把關不嚴，幹部擔當作為意識不強的問題。",
        "issues": ["重点项目推进迟缓", "财务报销把关不严", "干部担当作为意识不强"],
    },
    "negative: two clauses closed by 的问题 are one problem": {
        "text": FEEDBACK + "巡察组指出，县水利局党组存在落实主体责任不到位，对下属单位监督偏软的问题。",
        "issues": ["落实主体责任不到位，对下属单位监督偏软"],
    },
    "但巡察也发现一些短板和不足：有的A；有的B: what was found named by 不足 before the colon": {
        "text": FEEDBACK + "巡察认为，局党组在污染防治等方面取得了积极成效，但巡察也发现一些短板和不足：有的领导干部学习不深不透，"
                "推动整改用力不足；有的执法人员执法监管“宽松软”，对超标排放处罚不到位。",
        "issues": ["有的领导干部学习不深不透，推动整改用力不足", "有的执法人员执法监管“宽松软”，对超标排放处罚不到位"],
    },
    "…存在A、B等问题。C，D。E，F。: the sentences after the list that go on with problems": {
        "text": FEEDBACK + "巡察发现，局党组在落实决策部署方面存在老旧小区改造推进不力、保障性住房分配管理不规范等问题。"
                "局党组落实全面从严治党主体责任有差距，对重点岗位人员监督管理不严。征收补偿资金管理使用不规范，个别项目补偿标准把握不一。\n"
                "组长强调，局党组要切实提高政治站位。",
        "issues": ["老旧小区改造推进不力", "保障性住房分配管理不规范", "局党组落实全面从严治党主体责任有差距，对重点岗位人员监督管理不严",
                   "征收补偿资金管理使用不规范，个别项目补偿标准把握不一"],
    },
    "sentences after the list going on with problems (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現，局黨組存在老舊小區改造推進不力、保障性住房分配管理不規範等問題。"
                "建設工程質量安全監管存在薄弱環節，對在建項目督促整改不到位。基層黨組織建設弱化，部分支部組織生活不正常。",
        "issues": ["老旧小区改造推进不力", "保障性住房分配管理不规范", "建设工程质量安全监管存在薄弱环节，对在建项目督促整改不到位",
                   "基层党组织建设弱化，部分支部组织生活不正常"],
    },
    "negative: a sentence of what was done after the list is no problem": {
        "text": FEEDBACK + "巡察发现，局党组存在老旧小区改造推进不力、保障性住房分配管理不规范等问题。巡察期间，巡察组共个别谈话62人次。",
        "issues": ["老旧小区改造推进不力", "保障性住房分配管理不规范"],
    },
    "…存在一些问题,有的A,有的B,C,有的D、E: a 有的 clause each where a comma does not part problems": {
        "text": FEEDBACK + "巡察发现,镇党委在加强基层党建等方面存在一些问题,有的村干部违规兼职取酬,有的镇干部纪律松弛,上班时间擅离职守,"
                "有的村务公开不及时、内容不全。",
        "issues": ["有的村干部违规兼职取酬", "有的镇干部纪律松弛,上班时间擅离职守", "有的村务公开不及时、内容不全"],
    },
    "X在A方面，有的B，C，有的D；在E方面，有的F，有的G: each aspect's 有的 clauses, a problem each": {
        "text": FEEDBACK + "巡察指出，街道党工委在党建引领基层治理方面，有的社区网格化管理不精细，网格员队伍不稳定，有的小区物业矛盾化解不及时；"
                "在全面从严治党方面，有的社区干部违规领取补贴，有的街道党工委对社区“小微权力”监督不到位。",
        "issues": ["有的社区网格化管理不精细，网格员队伍不稳定", "有的小区物业矛盾化解不及时", "有的社区干部违规领取补贴",
                   "有的街道党工委对社区“小微权力”监督不到位"],
    },
    "each aspect's 有的 clauses (Traditional)": {
        "text": FEEDBACK_HANT + "巡察指出，在黨的建設方面，有的黨支部組織生活不嚴肅，有的黨員教育管理失之於寬；在作風建設方面，有的幹部違規領取補貼。",
        "issues": ["有的党支部组织生活不严肃", "有的党员教育管理失之于宽", "有的干部违规领取补贴"],
    },
    "A、B、C……3月19日，X组向Y反馈: the story's teaser of what was found, problems trailing off in dots": {
        "text": "县委第三巡察组向县自然资源局党组反馈21个问题\n耕地“非农化”问题整治不彻底、矿产资源开发监管不力、土地出让收支管理不规范……"
                "3月19日，县委第三巡察组向县自然资源局党组反馈巡察情况。",
        "issues": ["耕地“非农化”问题整治不彻底", "矿产资源开发监管不力", "土地出让收支管理不规范"],
    },
    "the same parted by commas, a part's own 、 (Traditional)": {
        "text": "市委第三巡察組向市城市管理局黨組反饋巡察情況\n推進城市精細化管理用力不足，占道經營、違規戶外廣告整治反覆，數字城管平臺案件處置率偏低……"
                "一個個問題被直接點出。6月27日，市委第三巡察組向市城市管理局黨組反饋巡察情況。",
        "issues": ["推进城市精细化管理用力不足", "占道经营、违规户外广告整治反复", "数字城管平台案件处置率偏低"],
    },
    "“A，B，C……”7月15日，…: the teaser in quotes": {
        "text": "县委第一巡察组向县财政局党组反馈巡察情况\n“落实政府过紧日子要求不到位，预算绩效管理流于形式，政府债务风险防控存在短板……”"
                "7月15日，在县财政局党组巡察反馈会上，县委第一巡察组组长逐条列出问题清单。",
        "issues": ["落实政府过紧日子要求不到位", "预算绩效管理流于形式", "政府债务风险防控存在短板"],
    },
    "巡察发现，一是A，个别B存在C；二是D；三是(cut): a marked list whose item holds 存在, on a page cut short": {
        "text": FEEDBACK + "巡察发现，一是贯彻落实补助奖励政策不够精准，个别嘎查存在超载过牧现象；二是苏木党委抓基层党建工作不够有力；"
                "三是嘎查集体经济薄弱，嘎查",
        "issues": ["贯彻落实补助奖励政策不够精准，个别嘎查存在超载过牧现象", "苏木党委抓基层党建工作不够有力"],
    },
    "negative: a lead of achievements trailing off in dots names no problems": {
        "text": "县委第三巡察组向县自然资源局党组反馈巡察情况\n保障重点项目用地、推进自然资源改革、服务群众办证……"
                "3月19日，县委第三巡察组向县自然资源局党组反馈巡察情况。",
        "issues": [],
    },
    "巡察发现，A。B，C。D。: a problem unsolved for long (长期未解决) is one": {
        "text": FEEDBACK + "巡察发现，局党组落实意识形态工作责任制不到位。局属企业改制遗留问题长期未解决。干部选拔任用程序执行不严谨。",
        "issues": ["局党组落实意识形态工作责任制不到位", "局属企业改制遗留问题长期未解决", "干部选拔任用程序执行不严谨"],
    },
    "巡视组指出该校党委A；B；C: the press's way, the unit referred to straight after 指出 (Traditional)": {
        "text": FEEDBACK_HANT + "江淮工業大學方面，巡視組指出該校黨委把方向、管大局作用發揮不夠充分；學科建設服務國家戰略不夠聚焦；"
                "校辦企業改革不徹底，國有資產流失風險較大。",
        "issues": ["该校党委把方向、管大局作用发挥不够充分", "学科建设服务国家战略不够聚焦", "校办企业改革不彻底，国有资产流失风险较大"],
    },
    "negative: 巡视组指出该校党委要…: a demand, no problems": {
        "text": FEEDBACK + "巡视组指出该校党委要提高政治站位；要压实整改责任；要建立长效机制。",
        "issues": [],
    },
    "问题…，包括A、B、C等。: a list after 包括 closed by 等, no colon (Traditional)": {
        "text": FEEDBACK_HANT + "反饋內容顯示，三省被指出的問題高度相似，包括貫徹新發展理念有差距、防範化解地方債務風險不力、對「一把手」監督薄弱等。",
        "issues": ["贯彻新发展理念有差距", "防范化解地方债务风险不力", "对「一把手」监督薄弱"],
    },
    "negative: 问题…包括 a list of areas closed by 等 gives none": {
        "text": FEEDBACK + "巡察组关注的问题领域包括工程建设、资金管理、选人用人等。",
        "issues": [],
    },
    "negative: 关于X的问题 naming a topic, not a problem, mid-paragraph": {
        "text": RECTIFICATION + "会议指出,关于干部队伍建设的问题,党组将专题研究。关于下一步工作的问题,要抓好落实。",
        "issues": [],
    },
    "(一)X方面 headings, 其一,针对Y的问题, paragraphs (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n(一)作風建設方面\n其一,針對公務用車管理不嚴的問題,"
                "黨組開展專項清理。\n其二,針對會議費報銷不規範的問題,局機關修訂了財務制度。\n",
        "issues": ["公务用车管理不严", "会议费报销不规范"],
        "categories": ["作风建设方面", "作风建设方面"],
    },
    "negative: 一是关于 a demand (关于加强X的要求) under a heading is no problem": {
        "text": RECTIFICATION + "三、下一步工作打算\n一是关于加强整改成果运用的部署。县水利局党组将持续推进整改。\n",
        "issues": [],
    },
    "1.针对“X”问题，what was done — in the numbered line itself": {
        "text": RECTIFICATION + "1.针对“理论学习不深入”问题，县委制定学习计划，开展专题研讨。\n"
                "2.针对“资金管理不规范”问题，县财政局开展专项清理。\n",
        "issues": ["理论学习不深入", "资金管理不规范"],
    },
    "the rectification's own shortcomings are no finding": {
        "text": RECTIFICATION + "对照巡察反馈的问题，县委逐项整改。但整改工作还存在一些差距：一是整改成效不够均衡；"
                "二是长效机制不够健全。",
        "issues": [],
    },
    "a report flattened to one paragraph numbers its problems inline": {
        "text": "根据市委统一部署，市委第二巡察组对市民政局党委进行了巡察。现将巡察整改情况予以公布。 一、整改落实情况 "
                "1.关于“对民政工作全局定位把握不够全面”问题的整改 一是深入学习民政工作重要论述。二是召开专题研讨会。 "
                "2.关于“基层民政服务能力不足”问题的整改 一是开展业务培训。",
        "issues": ["对民政工作全局定位把握不够全面", "基层民政服务能力不足"],
    },
    "针对“X”问题，… sentences one after another in a paragraph; a kind of problem named is none": {
        "text": "某大学公布巡视整改进展情况\n针对巡视指出的“落实立德树人根本任务有差距”问题，学校党委修订人才培养方案。"
                "针对“选人用人工作不够规范”问题，学校党委完善干部选拔制度。针对“四风”问题，开展专项整治。",
        "issues": ["落实立德树人根本任务有差距", "选人用人工作不够规范"],
    },
    "a rectification news that lists its problems as feedback news does": {
        "text": "某学院党支部召开“巡察整改”专题组织生活会\n为落实市委巡察组关于巡察整改工作的要求，支部召开专题组织生活会。"
                "支部书记指出，对照整改清单，支委工作中的突出问题包括：理论学习深度不够、落实不够；"
                "支部活动形式单一，缺少创新形式。",
        "issues": ["理论学习深度不够、落实不够", "支部活动形式单一，缺少创新形式"],
    },
    # ---------------------------------------------------------------- counts
    "反馈面上问题N个，已完成整改N个": {
        "text": RECTIFICATION + "巡察共反馈面上问题741个，已完成整改662个；建立健全制度469项；清退违规资金1439.25万元。",
        "issues": [],
        "counts": {"reported": 741, "rectified": 662},
    },
    "共反饋巡察問題N個…已整改問題N個 (Traditional), clues are not problems": {
        "text": "某縣委巡察辦關於巡察整改情況的通報\n前五輪該縣共反饋巡察問題408個，移交問題線索220個，"
                "已整改問題393個，處置問題線索167件。",
        "issues": [],
        "counts": {"reported": 408, "rectified": 393},
    },
    "共反馈问题N个，已整改销号N个 and N个正在整改": {
        "text": RECTIFICATION + "截至目前，共反馈问题129个，已整改销号120个，9个问题正在整改，健全完善制度机制32项，追责问责18人。",
        "issues": [],
        "counts": {"reported": 129, "rectified": 120, "ongoing": 9},
    },
    "反馈的N个问题中已整改N个，正在整改N个，需要长期坚持N个 (the first ongoing count is kept)": {
        "text": RECTIFICATION + "市委巡察组反馈的18个问题中，已整改14个，正在整改3个，需要长期坚持1个。",
        "issues": [],
        "counts": {"reported": 18, "rectified": 14, "ongoing": 3},
    },
    "N个方面N个问题, 已完成整改N项, 剩余N个问题正按时序推进": {
        "text": RECTIFICATION + "对照巡察反馈的3个方面15个问题，已完成整改12项，剩余3个问题正按时序推进，整改完成率80%。",
        "issues": [],
        "counts": {"reported": 15, "rectified": 12, "ongoing": 3},
    },
    "共指出问题N个; N个问题已完成整改，N个问题需长期坚持": {
        "text": RECTIFICATION + "巡察组共指出问题26个。目前，20个问题已完成整改，6个问题需长期坚持。",
        "issues": [],
        "counts": {"reported": 26, "rectified": 20, "ongoing": 6},
    },
    "反饋問題共計N個，已整改到位N個，N個問題納入長期整改 (Traditional)": {
        "text": "某縣水利局黨組關於巡察整改進展情況的通報\n巡察反饋問題共計32個，已整改到位28個，4個問題納入長期整改。",
        "issues": [],
        "counts": {"reported": 32, "rectified": 28, "ongoing": 4},
    },
    "反馈的N个问题已全部整改完成": {
        "text": RECTIFICATION + "巡察反馈的12个问题已全部整改完成。",
        "issues": [],
        "counts": {"reported": 12, "rectified": 12},
    },
    "an audit's problems and counts are not the inspection's": {
        "text": "某某市审计局关于审计查出问题整改情况的通报\n审计发现的问题主要是：专项资金管理不规范；项目建设不规范。"
                "共发现问题25个，已整改20个。",
        "issues": [],
        "counts": {},
    },
    "共梳理出问题N个，反馈的N个问题全部整改到位": {
        "text": RECTIFICATION + "巡察组共梳理出问题32个，反馈的32个问题全部整改到位。",
        "issues": [],
        "counts": {"reported": 32, "rectified": 32},
    },
    "numbers written with spaces around them (Traditional)": {
        "text": "某縣水利局黨組關於巡視整改進展情況的通報\n巡視反饋的 18 個問題，已完成整改 15 個。",
        "issues": [],
        "counts": {"reported": 18, "rectified": 15},
    },
    "问题已整改N个 states no reported count; 整改率 is no count": {
        "text": RECTIFICATION + "截至6月底，反馈问题已整改28个，整改率87.5%；其余4个问题正在推进整改。",
        "issues": [],
        "counts": {"rectified": 28, "ongoing": 4},
    },
    "a count whose own clause names the inspection, in a sentence about self-checks too": {
        "text": RECTIFICATION + "各校开展全覆盖自查自纠，巡察共反馈问题64个，已整改60个。",
        "issues": [],
        "counts": {"reported": 64},
    },
    "counts in a sentence about another campaign are not the inspection's": {
        "text": RECTIFICATION + "主题教育期间，共检视问题12个，已整改10个。",
        "issues": [],
        "counts": {},
    },
    "整改销号N个 (Traditional)": {
        "text": "某縣水利局黨組關於巡察整改進展情況的通報\n巡察反饋問題20個，目前整改銷號17個。",
        "issues": [],
        "counts": {"reported": 20, "rectified": 17},
    },
    "a rate is not a count, nor are tasks or clues": {
        "text": RECTIFICATION + "巡察反馈问题整改完成率达95%。细化整改任务45项，已完成40项。移交问题线索12件。",
        "issues": [],
        "counts": {},
    },
    "a round's announcement states its count in a sentence naming the inspection": {
        "text": "十九届中央第二轮巡视工作综述\n本轮巡视共发现问题557个，已移交有关部门处理。",
        "issues": [],
        "counts": {"reported": 557},
    },
    "a review of a round lists what its inspections found": {
        "text": "省委第二轮巡视工作综述\n省委第二轮巡视对10个市县开展了常规巡视。巡视发现，被巡视地区主要存在以下问题："
                "贯彻新发展理念有差距；全面从严治党主体责任落实不到位；选人用人不规范。",
        "issues": ["贯彻新发展理念有差距", "全面从严治党主体责任落实不到位", "选人用人不规范"],
    },
    "… but a training's list of the inspectors' own shortcomings is no finding": {
        "text": "巡察干部业务培训班开班\n培训指出，部分巡察干部存在的主要问题是：业务不熟；能力不足；作风不实。",
        "issues": [],
    },
    "… but not a count in a sentence of its own about something else": {
        "text": "十九届中央第二轮巡视工作综述\n各地组织开展专项检查，共发现问题120个。",
        "issues": [],
        "counts": {},
    },
    # ---------------------------------------------------------------- negatives
    "what the team looked for is no finding": {
        "text": FEEDBACK + "巡察组紧盯“党的领导弱化、党的建设缺失、全面从严治党不力”等问题，从严从实开展巡察监督。",
        "issues": [],
    },
    "a single vague summary is no list": {
        "text": FEEDBACK + "组长指出，巡察也发现该局存在一些问题，要求局党组认真整改。",
        "issues": [],
    },
    "a demand to rectify the problems that exist is no list": {
        "text": FEEDBACK + "组长要求，局党组要认真整改存在的形式主义、官僚主义等问题，确保整改到位。",
        "issues": [],
    },
    "a demand in the sentence after the problems were announced is no list": {
        "text": FEEDBACK + "反馈指出了被巡察单位存在的突出问题。一是要提高政治站位；二是要压实整改责任。",
        "issues": [],
    },
    "shortcomings of the inspectors themselves at a training are no finding": {
        "text": "巡察干部业务培训班开班\n部分巡察干部存在业务不熟、能力不足、作风不实等问题，要加强培训。",
        "issues": [],
    },
    "praise listed after 存在 is no list (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出，該局黨組存在著紮實推進重點工作、持續改善民生等良好做法，值得肯定。",
        "issues": [],
    },
    # ---------------------------------------------------------------- 存在差距,主要是: a list after the shortfall it sums up
    "a list after 存在差距,主要是": {
        "text": FEEDBACK + "巡察指出,县水利局党组在落实县委决策部署方面存在差距,主要是:安全生产责任压得不实;"
                "合同管理不规范;遗留问题久拖未决。",
        "issues": ["安全生产责任压得不实", "合同管理不规范", "遗留问题久拖未决"],
    },
    "a list after 存在差距,主要是 with inline pinyin (Traditional)": {
        "text": FEEDBACK_HANT + "巡察指出,縣水利局黨組在落實縣委決策部署方面存在差距,主要是:安全生產責任壓得不實;"
                "職工醫(yī)院改制遺留問(wèn)題久拖未決。",
        "issues": ["安全生产责任压得不实", "职工医院改制遗留问题久拖未决"],
    },
    "a list after 存在短板,主要表现在": {
        "text": FEEDBACK + "巡察发现,该局在基层党建方面存在短板,主要表现在:支部活动不经常;党员教育管理偏软。",
        "issues": ["支部活动不经常", "党员教育管理偏软"],
    },
    "negative: a rectification report's own shortfall, 差距,主要是, is no finding": {
        "text": RECTIFICATION + "对照要求,我们的整改工作还存在一些差距,主要是:整改进度不够均衡;长效机制还需完善。",
        "issues": [],
    },
    # ---------------------------------------------------------------- a list going on in 有的 clauses (此外,有的A,有的B)
    "有的 clauses after a 一是 list": {
        "text": FEEDBACK + "组长指出,巡察发现主要存在以下问题:一是落实河长制不到位的问题;二是项目资金监管不严的问题。"
                "此外,有的站所台账管理混乱,有的干部工作作风漂浮。",
        "issues": ["落实河长制不到位", "项目资金监管不严", "有的站所台账管理混乱", "有的干部工作作风漂浮"],
    },
    "有的 clauses after quoted problems (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組同時指出,該局黨組「落實河長制不到位」,「項目資金監管不嚴」;另外,"
                "有的站所台賬管理混亂,有的幹部作風漂浮。",
        "issues": ["落实河长制不到位", "项目资金监管不严", "有的站所台账管理混乱", "有的干部作风漂浮"],
    },
    "有的 clauses after 等问题 in the same sentence": {
        "text": FEEDBACK + "巡察指出,该局存在资金监管不严、项目管理混乱等问题,同时还存在有的干部纪律松弛,有的股室推诿扯皮。",
        "issues": ["资金监管不严", "项目管理混乱", "有的干部纪律松弛", "有的股室推诿扯皮"],
    },
    "an item that is no statement without its 的问题 keeps it": {
        "text": FEEDBACK + "组长指出,巡察发现主要存在以下问题:一是落实河长制不到位的问题;二是群众反映强烈的欠薪的问题。",
        "issues": ["落实河长制不到位", "群众反映强烈的欠薪的问题"],
    },
    "negative: one 有的 clause after a list is no second list": {
        "text": FEEDBACK + "巡察指出,该局存在资金监管不严、项目管理混乱等问题。此外,有的同志提出了意见建议。",
        "issues": ["资金监管不严", "项目管理混乱"],
    },
    "有的 clauses after a list, at a university (另外)": {
        "text": "学校党委第一巡察组向某学院党委反馈巡察情况\n巡察组指出,学院党委存在落实立德树人任务有差距、"
                "学科建设推进缓慢等问题。另外,有的系部教学管理松散,有的教师师德师风教育流于形式。",
        "issues": ["落实立德树人任务有差距", "学科建设推进缓慢", "有的系部教学管理松散", "有的教师师德师风教育流于形式"],
    },
    "negative: 有的 clauses with no list before them": {
        "text": FEEDBACK + "会议要求,各单位要对照检查。此外,有的村已建成文化广场,有的村新修了道路。",
        "issues": [],
    },
    # ---------------------------------------------------------------- 存在A的问题,存在B的问题 (存在 repeated, no 等)
    "存在 repeated before each problem": {
        "text": FEEDBACK + "组长指出,巡察发现局党组存在落实意识形态责任制不到位的问题,存在项目审批不规范的问题,"
                "存在干部考核流于形式的问题。",
        "issues": ["落实意识形态责任制不到位", "项目审批不规范", "干部考核流于形式"],
    },
    "存在 repeated, then 同时还发现,有的… (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出,巡察發現局黨組存在項目審批不規範的問題,存在幹部考核流於形式的問題;"
                "同時還發現,有的股室推諉扯皮,有的幹部紀律鬆弛。",
        "issues": ["项目审批不规范", "干部考核流于形式", "有的股室推诿扯皮", "有的干部纪律松弛"],
    },
    "存在 repeated at an enterprise": {
        "text": "集团党委第三巡察组向某公司党委反馈巡察情况\n组长指出,巡察发现公司党委存在\"三重一大\"决策制度执行不严格的问题,"
                "存在物资采购管理不规范的问题。",
        "issues": ["\"三重一大\"决策制度执行不严格", "物资采购管理不规范"],
    },
    "存在 repeated, the last item cut off by the page's end": {
        "text": FEEDBACK + "组长指出,巡察发现局党组存在项目审批不规范的问题,存在干部考核流于形式的问题,存在财务报销手续不",
        "issues": ["项目审批不规范", "干部考核流于形式"],
    },
    # ---------------------------------------------------------------- bulleted lines after 存在问题:
    "bulleted lines after 在以下方面存在问题:": {
        "text": FEEDBACK + "组长指出,巡察发现局党组在以下方面存在问题:\n● 理论学习不够深入\n"
                "● 项目资金拨付进度缓慢,低于全县平均水平\n● 干部队伍结构老化\n● 对上轮巡察问题整改不",
        "issues": ["理论学习不够深入", "项目资金拨付进度缓慢,低于全县平均水平", "干部队伍结构老化"],
    },
    "bulleted lines at a bank branch (Traditional, ■)": {
        "text": "總行黨委第二巡視組向某分行黨委反饋巡視情況\n巡視發現,分行黨委存在以下問題:\n■ 信貸資金投放結構不合理,"
                "小微企業貸款佔比偏低\n■ 員工異常行為排查不到位\n組長要求認真整改。",
        "issues": ["信贷资金投放结构不合理,小微企业贷款占比偏低", "员工异常行为排查不到位"],
    },
    "bulleted lines after 存在以下问題: (Traditional)": {
        "text": FEEDBACK_HANT + "巡察發現,該局黨組存在以下問題:\n• 理論學習不夠深入\n• 幹部隊伍結構老化\n組長要求認真整改。",
        "issues": ["理论学习不够深入", "干部队伍结构老化"],
    },
    "bulleted items a copy ran into one line (● A,B● C)": {
        "text": FEEDBACK + "组长指出,巡察发现局党组在以下方面存在问题:\n● 项目资金拨付进度缓慢,低于全县平均水平● "
                "干部队伍结构老化\n组长要求认真整改。",
        "issues": ["项目资金拨付进度缓慢,低于全县平均水平", "干部队伍结构老化"],
    },
    "negative: bulleted demands after 存在问题: are no problems": {
        "text": FEEDBACK + "针对巡察发现的问题,组长要求:\n● 加强理论学习\n● 优化干部队伍结构\n",
        "issues": [],
    },
    # ---------------------------------------------------------------- quotes closed by 等问题, whatever verb names them
    "adjacent quotes before 等问题的整改情况": {
        "text": FEEDBACK + "会上,各股室汇报了“项目资金监管不严”“干部考核流于形式”等问题的整改情况。",
        "issues": ["项目资金监管不严", "干部考核流于形式"],
    },
    "adjacent quotes, one holding a quote of another kind (Traditional)": {
        "text": FEEDBACK_HANT + "會前,班子成員對照巡察組反饋的「項目資金監管不嚴」「『一把手』監督偏軟」等問題,深入查擺。",
        "issues": ["项目资金监管不严", "『一把手』监督偏软"],
    },
    "negative: what a pledge is to prevent, in quotes (Traditional)": {
        "text": FEEDBACK_HANT + "局黨組表示,將堅決杜絕「整改不到位」「問題反彈回潮」等問題。",
        "issues": [],
    },
    "negative: what a team looks for in quotes": {
        "text": FEEDBACK + "巡察组将紧盯“形式主义官僚主义”“享乐主义奢靡之风”等问题开展监督。",
        "issues": [],
    },
    # ---------------------------------------------------------------- ends of a problem: 不均, 缺乏/缺少 + what is lacking
    "不均 and 缺乏 + object in a 、-list": {
        "text": FEEDBACK + "巡察指出,该局存在推动项目建设用力不均、人才培养缺乏长远规划、基层监督缺少有效抓手等问题。",
        "issues": ["推动项目建设用力不均", "人才培养缺乏长远规划", "基层监督缺少有效抓手"],
    },
    "不均 and 缺乏 + object in a 、-list (Traditional)": {
        "text": FEEDBACK_HANT + "巡察指出,該局存在推動項目建設用力不均、人才培養缺乏長遠規劃等問題。",
        "issues": ["推动项目建设用力不均", "人才培养缺乏长远规划"],
    },
    # ---------------------------------------------------------------- 关于“X”问题的整改。一是…
    "关于“X”问题的整改。 items under (一)…方面的问题 headings": {
        "text": RECTIFICATION + "二、巡察反馈问题整改落实情况\n(一)关于落实全面从严治党责任方面的问题\n"
                "1.关于“对下属单位监督不够有力”问题的整改。一是制定监督清单;二是开展专项检查。\n"
                "2.关于“财务管理不规范”问题的整改。一是修订财务制度;二是开展财务审计;三是建立台账。\n",
        "issues": ["对下属单位监督不够有力", "财务管理不规范"],
        "categories": ["关于落实全面从严治党责任方面的问题", "关于落实全面从严治党责任方面的问题"],
        "measures": [2, 3],
    },
    "關於「X」問題的整改。 (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n(一)關於黨的建設方面的問題\n"
                "1.關於「支部活動不經常」問題的整改。一是制定活動計劃;二是開展督查。\n",
        "issues": ["支部活动不经常"],
        "categories": ["关于党的建设方面的问题"],
        "measures": [2],
    },
    # ---------------------------------------------------------------- delivered, then listed unmarked; rectification demanded
    "what the team delivered, listed unmarked in the next sentence (a ；-item of clauses that each read as a problem)": {
        "text": FEEDBACK + "组长代表巡察组反馈了巡察期间发现的问题。工程项目管理方面，违规违纪问题比较突出，"
                "擅自变更工程设计；财务制度执行不够严格，公务接待管理不规范。",
        "issues": ["违规违纪问题比较突出", "擅自变更工程设计", "财务制度执行不够严格，公务接待管理不规范"],
    },
    "what the team delivered, listed unmarked in the next sentence (Traditional)": {
        "text": FEEDBACK_HANT + "組長代表巡察組反饋了巡察中發現的問題。項目資金使用不規範；公務用車超編。",
        "issues": ["项目资金使用不规范", "公务用车超编"],
    },
    "negative: what the team delivered, followed by narrative, is no list": {
        "text": FEEDBACK + "组长代表巡察组反馈了巡察期间发现的问题。局党组书记作表态发言，表示将认真抓好整改。",
        "issues": [],
    },
    "a demand to rectify problems named in a list (要认真整改A、B、C等问题)": {
        "text": FEEDBACK + "组长指出，县水利局党组要认真整改会议管理不严、公务用车超编、未按规定开展政府采购等问题。",
        "issues": ["会议管理不严", "公务用车超编", "未按规定开展政府采购"],
    },
    "a demand to rectify problems named in a list (Traditional)": {
        "text": FEEDBACK_HANT + "組長指出，要切實整改辦公用房超標、不按程序決策等問題。",
        "issues": ["办公用房超标", "不按程序决策"],
    },
    "negative: rectification work itself named before 等问题 is no list": {
        "text": FEEDBACK + "组长指出，要认真整改落实，举一反三，解决好群众反映强烈的热点、难点等问题。",
        "issues": [],
    },
    "the aspects first, the sum after: 反馈了N个方面的问题，共计M条": {
        "text": RECTIFICATION + "县委第二巡察组反馈了4个方面的问题，共计13条。已整改完成11条。",
        "issues": [],
        "counts": {"reported": 13, "rectified": 11},
    },
    "the aspects first, the sum after (Traditional)": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n巡察組指出了3個方面的問題,共9個。",
        "issues": [],
        "counts": {"reported": 9},
    },
    "a list of problems drawn up from the feedback: 梳理出巡察反馈问题清单N项": {
        "text": RECTIFICATION + "局党组共梳理出巡察反馈问题清单19项，已整改到位17项。",
        "issues": [],
        "counts": {"reported": 19, "rectified": 17},
    },
    "negative: aspects alone are no count of problems": {
        "text": RECTIFICATION + "县委第二巡察组反馈了4个方面的问题，共计召开会议3次。",
        "issues": [],
        "counts": {},
    },
    "marked items whose first sentence only names the aspect: the problem is the sentence after it": {
        "text": FEEDBACK + "巡察发现的主要问题：\n（一）贯彻落实党中央决策部署方面。理论学习不够深入，对上级决策部署落实有差距。\n"
                "（二）落实全面从严治党战略部署方面。主体责任落实不到位，监督执纪问责不严。",
        "issues": ["理论学习不够深入，对上级决策部署落实有差距", "主体责任落实不到位，监督执纪问责不严"],
        "categories": ["贯彻落实党中央决策部署方面", "落实全面从严治党战略部署方面"],
    },
    "marked items whose first sentence only names the aspect (Traditional, 一是)": {
        "text": FEEDBACK_HANT + "巡察組指出，主要存在以下問題：一是黨的建設方面。黨支部組織生活不規範；二是幹部隊伍建設方面。"
                "年輕幹部儲備不足。",
        "issues": ["党支部组织生活不规范", "年轻干部储备不足"],
        "categories": ["党的建设方面", "干部队伍建设方面"],
    },
    "有的 clauses after who found them, one reading as misconduct after 有的": {
        "text": FEEDBACK + "巡察组反馈指出，有的履行主体责任不到位，有的违规出借公务用车，有的招商引资项目管理不规范。",
        "issues": ["有的履行主体责任不到位", "有的违规出借公务用车", "有的招商引资项目管理不规范"],
    },
    "有的 clauses after the units they are said of (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組反饋指出，縣林業局黨組和甲開發區黨工委有的落實責任不到位，有的違規出借公務用車。",
        "issues": ["有的落实责任不到位", "有的违规出借公务用车"],
    },
    "negative: 有的 clauses of praise are no problems": {
        "text": FEEDBACK + "巡察组指出，有的单位创新工作方法，有的单位形成了好的经验做法。",
        "issues": [],
    },
    "a digest unit by unit: X存在A、B等问题；Y存在C、D等问题": {
        "text": FEEDBACK + "反馈指出，甲镇党委存在落实耕地保护责任不到位、村级集体经济发展乏力等问题；乙乡党委存在意识形态工作责任制"
                "落实不力、惠农补贴资金发放审核不严等问题。",
        "issues": ["落实耕地保护责任不到位", "村级集体经济发展乏力", "意识形态工作责任制落实不力", "惠农补贴资金发放审核不严"],
    },
    "the next unit's list said of several units at once: …等问题；甲村党支部、乙村党支部存在C、D等问题": {
        "text": FEEDBACK + "反馈指出，甲镇党委存在理论学习不够深入、“三资”监管不力等问题；东岭村党支部、西岭村党支部存在村级账务管理混乱、"
                "惠农资金公示不及时等问题。",
        "issues": ["理论学习不够深入", "“三资”监管不力", "村级账务管理混乱", "惠农资金公示不及时"],
    },
    "the same in Traditional, units parted by 和 (甲社區黨委和乙社區黨委存在…)": {
        "text": FEEDBACK_HANT + "反饋指出，甲街道黨工委存在網格化管理不精細、物業監管缺位等問題；南苑社區黨委和北苑社區黨委存在"
                "社區公共收益管理不透明、黨員教育管理不經常等問題。",
        "issues": ["网格化管理不精细", "物业监管缺位", "社区公共收益管理不透明", "党员教育管理不经常"],
    },
    "negative: 甲村党支部、乙村党支部存在的问题已整改 (no list: what was rectified)": {
        "text": FEEDBACK + "会议指出，甲镇党委抓整改有力；东岭村党支部、西岭村党支部存在的问题已全部整改到位。",
        "issues": [],
    },
    "发现一些问题。X方面：A，B；Y方面：C (aspects without 在 open the sentence after the one that announces the list)": {
        "text": FEEDBACK + "巡察组指出，巡察中也发现一些问题。党的领导弱化方面：党组在重大事项决策中作用发挥不够，有的项目论证不充分；"
                "党的建设缺失方面：基层党组织设置不规范；选人用人方面：干部选拔任用程序不够严格。巡察组还收到一些问题线索。",
        "issues": ["党组在重大事项决策中作用发挥不够，有的项目论证不充分", "基层党组织设置不规范", "干部选拔任用程序不够严格"],
        "categories": ["党的领导弱化方面", "党的建设缺失方面", "选人用人方面"],
    },
    "the same in Traditional, 發現了一些問題。X方面：A；Y方面：B": {
        "text": FEEDBACK_HANT + "巡察組指出，巡察中發現了一些問題。全面從嚴治黨方面：對權力運行監督不到位，違規問題仍有發生；"
                "作風建設方面：形式主義問題較為突出。",
        "issues": ["对权力运行监督不到位，违规问题仍有发生", "形式主义问题较为突出"],
        "categories": ["全面从严治党方面", "作风建设方面"],
    },
    "negative: 发现一些问题。X方面：要A；要B (demands after the aspect, no problem)": {
        "text": FEEDBACK + "巡察组指出，巡察中也发现一些问题。整改落实方面：要提高政治站位；要建立问题清单。",
        "issues": [],
    },
    "存在一些问题：A；B、C等领域腐败问题突出；D (an item's own 等…问题突出 inside a ；-list, not the list's tail)": {
        "text": FEEDBACK + "巡察指出，同时也存在一些问题：理论学习不够深入，作用发挥不充分；落实“两个责任”不到位，物资采购、工程建设等领域"
                "腐败问题突出；违反中央八项规定精神问题禁而未绝；选人用人问题比较突出。",
        "issues": ["理论学习不够深入，作用发挥不充分", "落实“两个责任”不到位，物资采购、工程建设等领域腐败问题突出",
                   "违反中央八项规定精神问题禁而未绝", "选人用人问题比较突出"],
    },
    "the same in Traditional, 存在以下問題：A；B、C等領域腐敗問題較為突出；D": {
        "text": FEEDBACK_HANT + "巡察指出，存在以下問題：理論學習不夠深入；工程建設、土地出讓等領域腐敗問題較為突出；基層黨組織建設薄弱。",
        "issues": ["理论学习不够深入", "工程建设、土地出让等领域腐败问题较为突出", "基层党组织建设薄弱"],
    },
    "巡视指出，甲党组A不够深入，B存在差距，C还有不足；D；E (a ；-list whose first item holds 存在差距: the list opens after the unit, not after that 存在)": {
        "text": FEEDBACK + "巡视指出，甲部党组学习贯彻党的二十大精神不够深入，贯彻落实重大决策部署存在差距，推动高质量发展还有不足；"
                "深化领域改革不够有力，行业安全监管不够到位；对以往巡视、审计等监督发现问题整改不够到位。",
        "issues": ["学习贯彻党的二十大精神不够深入，贯彻落实重大决策部署存在差距，推动高质量发展还有不足",
                   "深化领域改革不够有力，行业安全监管不够到位", "对以往巡视、审计等监督发现问题整改不够到位"],
    },
    "the same in Traditional, 巡視發現，公司黨組A不夠到位，B存在差距；C時有出現；D (時有出現 closes a problem too)": {
        "text": FEEDBACK_HANT + "巡視發現，公司黨組學習貫徹黨的創新理論不夠到位，服務國家戰略存在差距；全面從嚴治黨壓力傳導不到位，"
                "違反中央八項規定精神問題時有出現；對以往巡視和審計等發現問題整改不到位。",
        "issues": ["学习贯彻党的创新理论不够到位，服务国家战略存在差距", "全面从严治党压力传导不到位，违反中央八项规定精神问题时有出现",
                   "对以往巡视和审计等发现问题整改不到位"],
    },
    "存在差距，包括A、B、C等问题 (the list after 包括)": {
        "text": FEEDBACK + "巡视组指出该局党组在贯彻落实决策部署方面存在差距，包括政策研究储备不足、项目资金使用监管不严、基层调研不够深入等"
                "问题，并要求认真整改。",
        "issues": ["政策研究储备不足", "项目资金使用监管不严", "基层调研不够深入"],
    },
    "negative: 被巡视设区市党委在A、B等方面还存在不足；… (a summary of areas, no problem)": {
        "text": FEEDBACK + "巡视指出，被巡视设区市党委在推动高质量发展、防范化解债务风险等方面还存在不足；被延伸巡视的县党委在巩固脱贫攻坚成果、"
                "加强基层党组织建设等方面也存在不足。",
        "issues": [],
    },
    "反馈的问题，如A、B、C等，反映出… (examples of what was fed back, closed by 等)": {
        "text": FEEDBACK + "区委常委在讲话中指出，巡察反馈的问题，如学校食堂经营管理不规范、教师招聘考核程序执行不严、教育装备采购价格虚高等，"
                "反映出局党委在行业监管等方面还存在差距，必须高度重视。",
        "issues": ["学校食堂经营管理不规范", "教师招聘考核程序执行不严", "教育装备采购价格虚高"],
    },
    "the same in Traditional, 指出的問題，比如A、B等，暴露出…": {
        "text": FEEDBACK_HANT + "縣委書記指出，巡察指出的問題，比如惠農資金發放不及時、村級財務管理混亂等，暴露出鎮黨委履行主體責任不到位。",
        "issues": ["惠农资金发放不及时", "村级财务管理混乱"],
    },
    "an aspect with its problems after a colon, one a ；-part ((一)X方面：A；B)": {
        "text": FEEDBACK + "巡察发现一些问题，主要有：\n（一）落实党中央决策部署方面：服务保障营商环境主动性不强；公益诉讼职能发挥"
                "不够充分。\n（二）落实全面从严治党战略部署方面：党组主体责任压得不实；内部监督制约不够有力。",
        "issues": ["服务保障营商环境主动性不强", "公益诉讼职能发挥不够充分", "党组主体责任压得不实", "内部监督制约不够有力"],
        "categories": ["落实党中央决策部署方面", "落实党中央决策部署方面", "落实全面从严治党战略部署方面",
                       "落实全面从严治党战略部署方面"],
    },
    "主要是： after the sentence that counts the problems (Traditional)": {
        "text": FEEDBACK_HANT + "巡察也發現了一些問題，共反饋問題21個，移交問題線索2件。主要是：訴源治理工作推進不平衡；執行案款管理存在漏洞。",
        "issues": ["诉源治理工作推进不平衡", "执行案款管理存在漏洞"],
        "counts": {"reported": 21},
    },
    "negative: 主要是： after a sentence on the work done lists no problems": {
        "text": FEEDBACK + "局党组做了大量工作，取得明显成效。主要是：建立了工作台账；完善了制度机制。",
        "issues": [],
    },
    "problems announced, then each followed by the speaker's demand in its ；-part": {
        "text": FEEDBACK + "组长指出，局党组做了大量工作。同时，巡察也发现一些问题。局党组落实河湖管护责任存在“重建设轻管护”倾向，"
                "要切实扛起责任；工程项目招投标廉洁风险较高，必须健全制度；年轻干部培养梯次不足，要加大选育力度。",
        "issues": ["局党组落实河湖管护责任存在“重建设轻管护”倾向", "工程项目招投标廉洁风险较高", "年轻干部培养梯次不足"],
    },
    "problems announced, each with its demand (Traditional)": {
        "text": FEEDBACK_HANT + "巡察也發現一些問題。財務制度執行不嚴格，要建章立制；意識形態工作責任制落實不到位，必須壓實責任。",
        "issues": ["财务制度执行不严格", "意识形态工作责任制落实不到位"],
    },
    "negative: demands alone after the announcement are no problems": {
        "text": FEEDBACK + "巡察也发现一些问题。要提高政治站位，切实抓好整改；要压实整改责任，必须严肃问责。",
        "issues": [],
    },
    "问题…包括： a list of problems (Traditional)": {
        "text": FEEDBACK_HANT + "通報指出，巡察發現該局主要存在三方面問題，包括：財務管理不規範；工程項目監管不嚴；幹部隊伍建設有短板。",
        "issues": ["财务管理不规范", "工程项目监管不严", "干部队伍建设有短板"],
    },
    "problems said to exist, then given unit by unit in the next sentence": {
        "text": FEEDBACK + "反馈指出，两家单位党组织取得了一定成效，但也存在一些不容忽视的问题。甲公司党委存在工程分包管理不规范、"
                "物资采购比价流于形式等问题；乙分公司党支部存在水费回收率偏低、公务用车管理不规范等问题。",
        "issues": ["工程分包管理不规范", "物资采购比价流于形式", "水费回收率偏低", "公务用车管理不规范"],
    },
    "one unit's problems numbered, then another unit's listed after its party body (乙党支部存在A、B等问题)": {
        "text": FEEDBACK + "巡察发现,甲科党支部主要存在以下问题:一是支部学习流于形式;二是耗材管理不规范。乙科党支部存在“三会一课”"
                "落实不到位、标本交接登记不规范等问题。",
        "issues": ["支部学习流于形式", "耗材管理不规范", "“三会一课”落实不到位", "标本交接登记不规范"],
    },
    "the same in Traditional, the second unit's party body 党总支 主要存在": {
        "text": FEEDBACK_HANT + "反饋指出,甲學院黨委主要存在以下問題:一是理論學習不夠深入;二是決策制度執行不嚴格。乙學院黨總支主要存在"
                "黨建與業務融合不夠、學生資助工作程序不規範等問題。",
        "issues": ["理论学习不够深入", "决策制度执行不严格", "党建与业务融合不够", "学生资助工作程序不规范"],
    },
    "…向X反馈巡视情况，指出X市委A，B，C；… (the press): the rest of the feedback's clause after the unit it is said of": {
        "text": "省委巡视组完成反馈\n根据通报，省委第一巡视组7月24日向深河市委反馈巡视情况，指出深河市委统筹发展和安全不够有力，"
                "地方政府债务风险较为突出，城投平台转型进展缓慢；省委第二巡视组同日向汕溪市委反馈巡视情况。",
        "issues": ["统筹发展和安全不够有力", "地方政府债务风险较为突出", "城投平台转型进展缓慢"],
    },
    "the same in Traditional, 指出該集團 (the unit by 該)": {
        "text": "中央巡視組完成反饋\n7月8日，中央第一巡視組向中國恆嶽能源集團有限公司黨組反饋巡視情況，指出該集團主責主業不夠聚焦，"
                "對下屬企業管控不力，境外投資管理存在薄弱環節。",
        "issues": ["主责主业不够聚焦", "对下属企业管控不力", "境外投资管理存在薄弱环节"],
    },
    "negative: …，指出X市委 and what it did well (取得积极成效) is no list of problems": {
        "text": "省委巡视组完成反馈\n省委第一巡视组向深河市委反馈巡视情况，指出深河市委在推动高质量发展方面做了大量工作，"
                "经济社会发展取得积极成效，群众满意度逐年提升。",
        "issues": [],
    },
    "巡视指出，X有差距。一是A；二是B: a gap summed up in one sentence, its problems marked in the next": {
        "text": FEEDBACK + "巡视指出，学校党委落实立德树人根本任务有差距。一是思想政治工作体系不够健全，课程思政建设推进缓慢；"
                "二是科研经费管理不规范；三是选人用人工作存在薄弱环节。",
        "issues": ["思想政治工作体系不够健全，课程思政建设推进缓慢", "科研经费管理不规范", "选人用人工作存在薄弱环节"],
    },
    "the same in Traditional, 有短板。有的A；有的B": {
        "text": FEEDBACK_HANT + "巡察指出，鎮黨委落實鄉村振興戰略有短板。有的村產業項目管護缺位；有的村集體經濟收入來源單一。",
        "issues": ["有的村产业项目管护缺位", "有的村集体经济收入来源单一"],
    },
    "negative: 指出…有差距。 then what to do (一是要…；二是要…) is no list of problems": {
        "text": FEEDBACK + "组长指出，学校党委落实立德树人根本任务有差距。一是要提高政治站位，二是要压实整改责任。",
        "issues": [],
    },
    "rectification news: 围绕A、B、C等问题集中攻坚 (the problems the work is on, named before it)": {
        "text": RECTIFICATION + "集团公司党组坚持把巡视整改作为重大政治任务，围绕主责主业聚焦不够、重大投资决策不规范、境外资产监管薄弱等问题"
                "集中攻坚。截至11月底，已完成整改36个。",
        "issues": ["主责主业聚焦不够", "重大投资决策不规范", "境外资产监管薄弱"],
    },
    "the same in Traditional, 圍繞…等問題逐項整改": {
        "text": RECTIFICATION + "局黨組圍繞理論學習不深入、財務管理不規範等問題逐項整改，建立整改台賬。",
        "issues": ["理论学习不深入", "财务管理不规范"],
    },
    "negative: 围绕A、B等问题开展监督 is what a team will look at, no problem found": {
        "text": FEEDBACK + "巡察期间，巡察组将围绕惠民资金管理不规范、工程项目监管不严等问题开展监督。",
        "issues": [],
    },
    "在X方面还有短板，有的A，有的B: the 有的 clauses after a clause that only says the shortcoming exists": {
        "text": FEEDBACK + "反馈指出，石门村党总支在基层治理方面还有短板，有的村干部担当作为不够，有的村民小组长履职不到位。",
        "issues": ["有的村干部担当作为不够", "有的村民小组长履职不到位"],
    },
    "the same in Traditional, 仍有不足，有的…": {
        "text": FEEDBACK_HANT + "反饋指出，鎮黨委在幹部隊伍建設方面仍有不足，有的幹部作風漂浮，有的站所負責人履職不到位。",
        "issues": ["有的干部作风漂浮", "有的站所负责人履职不到位"],
    },
    "…反馈，指出X党组A，B；C。 the rest of the sentence, its ；-items one problem each (commas inside an item)": {
        "text": "中央巡视首批反馈\n2月14日，中央第一巡视组向教育部党组反馈巡视情况，指出教育部党组落实立德树人根本任务存在薄弱环节，"
                "推动义务教育优质均衡发展不够有力；对部属高校管理监督不到位。同日，中央第一巡视组向科学技术部党组反馈。",
        "issues": ["落实立德树人根本任务存在薄弱环节，推动义务教育优质均衡发展不够有力", "对部属高校管理监督不到位"],
    },
    "the same in Traditional, 指出該局黨組A；B；C": {
        "text": "巡視反饋情況\n2月16日，中央第十四巡視組向國家統計局黨組反饋巡視情況，指出該局黨組統計造假問題治理不夠有力；"
                "統計督察發現問題整改跟蹤問效不夠；統計數據質量管控存在薄弱環節。",
        "issues": ["统计造假问题治理不够有力", "统计督察发现问题整改跟踪问效不够", "统计数据质量管控存在薄弱环节"],
    },
    "problems that end in 仍有堵点难点 and in 问题在一些地方和部门仍较突出": {
        "text": FEEDBACK + "巡视指出，上海市委强化科技创新策源功能有差距；营商环境优化仍有堵点难点；形式主义、官僚主义问题在一些地方和部门"
                "仍较突出。",
        "issues": ["上海市委强化科技创新策源功能有差距", "营商环境优化仍有堵点难点", "形式主义、官僚主义问题在一些地方和部门仍较突出"],
    },
    "negative: 成效在全省较为突出 is praise, no problem (a list with it is no list of problems)": {
        "text": FEEDBACK + "巡视指出，市委推动高质量发展成效在全省较为突出；营商环境持续优化。",
        "issues": [],
    },
    "problems that end in 积存较深, 仍未根除 and 依然艰巨 (rooted, not rooted out, still hard)": {
        "text": FEEDBACK + "巡视组指出，落实生态保护任务有差距，生态保护修复任务依然艰巨；煤炭资源领域腐败问题积存较深，“以煤谋私”问题仍未根除；"
                "选人用人把关不严。",
        "issues": ["落实生态保护任务有差距，生态保护修复任务依然艰巨", "煤炭资源领域腐败问题积存较深，“以煤谋私”问题仍未根除",
                   "选人用人把关不严"],
    },
    "the same in Traditional, 尚未根除": {
        "text": FEEDBACK_HANT + "巡察指出，違規收送禮金問題尚未根除；工程項目管理不規範。",
        "issues": ["违规收送礼金问题尚未根除", "工程项目管理不规范"],
    },
    "negative: a party body's own rectification that 存在 what it must still do is no list of problems": {
        "text": RECTIFICATION + "局党组存在的问题已整改完毕。局党组存在整改任务分解、整改台账建立等工作。",
        "issues": [],
    },
    "要求 as a noun in a problem (省委工作要求有差距) is no demand": {
        "text": FEEDBACK + "反馈指出,局党组贯彻落实省委工作要求有差距,推动改革的举措不够有力;防范化解风险存在短板;选人用人把关不严。",
        "issues": ["局党组贯彻落实省委工作要求有差距,推动改革的举措不够有力", "防范化解风险存在短板", "选人用人把关不严"],
    },
    "the same in Traditional (上級部署要求落實不到位)": {
        "text": FEEDBACK_HANT + "反饋指出,局黨組對上級部署要求落實不到位;財務管理不規範;幹部隊伍建設有短板。",
        "issues": ["局党组对上级部署要求落实不到位", "财务管理不规范", "干部队伍建设有短板"],
    },
    "negative: the leader's demands after 要求 are no problems": {
        "text": FEEDBACK + "组长指出,局党组要求各科室认真整改,落实整改责任不到位的要问责;建立整改台账不规范的要纠正。",
        "issues": [],
    },
    "N个问题已完成整改M个: M are rectified, not N": {
        "text": RECTIFICATION + "截至10月底,反馈的21个问题已完成整改18个,正在整改3个。",
        "issues": [],
        "counts": {"reported": 21, "rectified": 18, "ongoing": 3},
    },
    "反馈了问题，共计N个: the sum after the problems said fed back": {
        "text": RECTIFICATION + "去年9月，市委第六巡察组向市档案馆党组反馈巡察意见。巡察组从三个方面反馈了问题，共计19个。截至目前，已整改完成15个。",
        "issues": [],
        "counts": {"reported": 19, "rectified": 15},
    },
    "反馈问题(含共性问题)N条: a note in brackets before the number (Traditional)": {
        "text": RECTIFICATION + "縣委第五巡察組於2023年10月25日向鎮黨委反饋巡察意見,反饋問題(含共性問題)24條。截至2024年2月20日,已完成整改20條。",
        "issues": [],
        "counts": {"reported": 24, "rectified": 20},
    },
    "(问题N)问题描述：X / 整改事项N：X, and 指出N个方面问题M个": {
        "text": RECTIFICATION + "巡视组向市检察院党组反馈了巡视意见，指出4个方面问题26个。\n（问题1）问题描述：贯彻落实法治思想不够深入。\n"
                "整改进展：开展专题学习4次。\n整改事项二：防汛抗旱责任落实不到位。\n进展情况：完成除险加固12座。",
        "issues": ["贯彻落实法治思想不够深入", "防汛抗旱责任落实不到位"],
        "counts": {"reported": 26},
    },
    "需长期坚持整改(的)N个: the ongoing count, 整改 between": {
        "text": RECTIFICATION + "反馈问题27个，已完成整改22个，需长期坚持整改的5个问题取得阶段性成效。",
        "issues": [],
        "counts": {"reported": 27, "rectified": 22, "ongoing": 5},
    },
    "a table of counts flattened one cell a line: the figures under the count columns": {
        "text": RECTIFICATION + "单位\n反馈问题（个）\n已整改（个）\n正在整改（个）\n整改措施（条）\n县水利局党组\n25\n22\n3\n78\n",
        "issues": [],
        "counts": {"reported": 25, "rectified": 22, "ongoing": 3},
    },
    "negative: a list of a report's headings one a line is no table of counts (Traditional)": {
        "text": RECTIFICATION + "反饋問題\n已整改\n整改措施\n一、提高政治站位\n",
        "issues": [],
        "counts": {},
    },
    "N个问题已整改到位M个: M are rectified (Traditional)": {
        "text": RECTIFICATION + "局黨組對反饋的3個方面16個問題逐一明確責任。截至目前,16個問題已整改到位14個,2個問題正在持續整改中。",
        "issues": [],
        "counts": {"reported": 16, "rectified": 14, "ongoing": 2},
    },
    "the rest said to be what they are (其余7个为需长期坚持的问题), and 尚未完成N个 (Traditional)": {
        "text": RECTIFICATION + "集團黨委對反饋的46個問題逐條梳理。截至12月31日,已完成整改39個,其餘7個為需長期堅持的問題,正在持續推進。",
        "issues": [],
        "counts": {"reported": 46, "rectified": 39, "ongoing": 7},
    },
    "尚未完成N个 after the problems rectified": {
        "text": RECTIFICATION + "本轮巡察共反馈问题318个。截至12月底,反馈问题已整改到位287个,尚未完成31个,均已明确整改时限。",
        "issues": [],
        "counts": {"reported": 318, "rectified": 287, "ongoing": 31},
    },
    "此次 opens the count's own clause in a sentence that recalls the last round's": {
        "text": RECTIFICATION + "此次“回头看”反馈问题17个,其中上轮巡察整改不到位问题5个(上轮巡察反馈的29个问题中,仍有5个整改不到位)。",
        "issues": [],
        "counts": {"reported": 17},
    },
    "negative: the last round's count in its own clause is not this inspection's": {
        "text": RECTIFICATION + "上轮巡察反馈问题29个,此次整改工作已全面启动。",
        "issues": [],
        "counts": {},
    },
    "quoted problems side by side, one not reading as a problem by its words (存在「A」、「B」等问题, Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出，該局存在「靠山吃山問題仍未根治」、「審批環節暗箱操作問題易發多發」等問題。",
        "issues": ["靠山吃山问题仍未根治", "审批环节暗箱操作问题易发多发"],
    },
    "点出…问题： a list": {
        "text": FEEDBACK + "组长向局党组反馈时点出三大问题：一是政治责任履行不够有力；二是利益输送问题突出；三是选人用人把关不严。",
        "issues": ["政治责任履行不够有力", "利益输送问题突出", "选人用人把关不严"],
    },
    # ---------------------------------------------------------------- lists counted by aspect, gone through one by one, summed up
    "主要有四个方面 before the 一是 list, in a team leader's answer": {
        "text": FEEDBACK + "记者:巡察发现了哪些问题?\n组长:我们共反馈问题38个,归纳起来主要有三个方面:一是落实防汛责任不够有力,"
                "个别工程未批先建;二是“三重一大”决策制度执行不严;三是招投标管理漏洞较多。此外,问题线索已按规定移交。",
        "issues": ["落实防汛责任不够有力,个别工程未批先建", "“三重一大”决策制度执行不严", "招投标管理漏洞较多"],
    },
    "指出了三个方面 (Traditional)": {
        "text": FEEDBACK_HANT + "組長在反饋時說,該局黨組取得了明顯成效,但巡察也發現了一些問題。他指出了兩個方面:一是落實"
                "“三重一大”決策制度不嚴格;二是水利工程安全管理責任壓得不實。",
        "issues": ["落实“三重一大”决策制度不严格", "水利工程安全管理责任压得不实"],
    },
    "逐条点出: a ；-list after the leader goes through them one by one": {
        "text": FEEDBACK + "组长在反馈时指出,近年来局党组做了大量工作。“但我们也看到,一些问题不容忽视。”她逐条点出:"
                "河长制落实不到位,巡河记录流于形式;有的党支部“三会一课”流于形式;工程项目变更签证随意。巡察组共反馈问题29个。",
        "issues": ["河长制落实不到位,巡河记录流于形式", "有的党支部“三会一课”流于形式", "工程项目变更签证随意"],
    },
    "发现了一些突出问题。概括起来，一是… (a quoted speech)": {
        "text": FEEDBACK + "“局党组在服务全县发展大局上是有担当的，但我们也发现了一些突出问题。概括起来，一是对县委关于防汛"
                "工作的部署落实不到位；二是工程项目管理粗放；三是干部队伍建设滞后。”",
        "issues": ["对县委关于防汛工作的部署落实不到位", "工程项目管理粗放", "干部队伍建设滞后"],
    },
    "a section's heading names the problems (一、反馈指出的主要问题), aspect sentences list them with 有的": {
        "text": RECTIFICATION + "一、反馈指出的主要问题\n(一)在贯彻落实上级决策部署方面。有的股室落实河长制不到位,巡河记录流于形式;"
                "有的水管站防汛物资储备不足。\n(二)在基层党组织建设方面。有的党支部“三会一课”制度执行不严格。\n二、有关要求\n"
                "各被巡察党组织要切实履行整改主体责任。",
        "issues": ["有的股室落实河长制不到位,巡河记录流于形式", "有的水管站防汛物资储备不足", "有的党支部“三会一课”制度执行不严格"],
    },
    "the same in Traditional, the heading 巡察發現的突出問題 and a 一是 list": {
        "text": FEEDBACK_HANT + "二、巡察發現的突出問題\n一是理論學習不夠深入;二是工程項目管理粗放;三是幹部隊伍建設滯後。\n三、下一步要求\n"
                "局黨組要認真抓好整改。",
        "issues": ["理论学习不够深入", "工程项目管理粗放", "干部队伍建设滞后"],
    },
    "negative: a heading that names the problems' rectification is no list's lead (二、反馈问题整改情况)": {
        "text": FEEDBACK + "二、巡察反馈问题\n整改工作正在推进,局党组高度重视,召开专题会议研究部署。\n三、下一步打算\n持续抓好整改。",
        "issues": [],
    },
    "problems found, then aspects that each open their 有的 clauses after a comma (在X方面,有的A;有的B。在Y方面,有的C)": {
        "text": FEEDBACK + "组长指出,局党组做了大量工作。同时,巡察也发现了一些问题。在落实上级决策部署方面,有的股室落实河长制不到位;"
                "有的水利工程推进迟缓。在全面从严治党方面,有的干部违规收受礼品礼金。下一步,要认真抓好整改。",
        "issues": ["有的股室落实河长制不到位", "有的水利工程推进迟缓", "有的干部违规收受礼品礼金"],
        "categories": ["落实上级决策部署方面", "落实上级决策部署方面", "全面从严治党方面"],
    },
    "the same in Traditional (在基層黨建方面,有的…)": {
        "text": FEEDBACK_HANT + "巡察指出了一些問題。在基層黨建方面,有的黨支部「三會一課」流於形式;有的黨員長期不參加組織生活。",
        "issues": ["有的党支部「三会一课」流于形式", "有的党员长期不参加组织生活"],
    },
    "negative: an aspect that opens praise after a comma is no list (在X方面,做了大量工作)": {
        "text": FEEDBACK + "巡察也发现了一些问题。在服务发展方面,局党组做了大量工作,成效明显。",
        "issues": [],
    },
    "negative: 以下两个方面 of what is to be done, after praise, is no list of problems": {
        "text": FEEDBACK + "组长指出,局党组做了大量工作,取得了明显成效。下一步,要做到以下两个方面:一是坚持问题导向;二是压实整改责任。",
        "issues": [],
    },
    # ---------------------------------------------------------------- problems in a table, in labelled blocks, in a ledger's fields
    "a category heading whose paragraph lists its problems 一是…二是…, the measures given together after them": {
        "text": RECTIFICATION + "二、巡察反馈问题整改情况\n(一)关于党的领导方面存在的问题\n一是防汛责任制落实不到位;二是河道巡查流于形式。\n"
                "整改情况:修订防汛责任制,建立巡河台账。\n(二)关于全面从严治党方面存在的问题\n一是工程招标管理不规范;二是公务用车管理不严。\n"
                "整改情况:开展招标专项检查。",
        "issues": ["防汛责任制落实不到位", "河道巡查流于形式", "工程招标管理不规范", "公务用车管理不严"],
        "categories": ["党的领导方面", "党的领导方面", "全面从严治党方面", "全面从严治党方面"],
    },
    "the same in Traditional (關於…方面的問題 ⏎ 一是…)": {
        "text": RECTIFICATION + "二、整改落實情況\n(一)關於基層黨組織建設方面的問題\n一是黨員發展工作不規範;二是支部組織生活會質量不高。\n"
                "整改情況:開展專項整治。",
        "issues": ["党员发展工作不规范", "支部组织生活会质量不高"],
    },
    "a table of problems copied one cell a line: each row's problem, its measures counted": {
        "text": RECTIFICATION + "二、重点问题整改情况\n序号\n问题\n整改措施\n责任部门\n完成时限\n进展情况\n"
                "1\n河道巡查不到位,部分河段长期无人巡查\n一是制定巡河制度;二是配备巡河员12名;三是上线巡河系统\n河道管理科\n2024年6月\n已完成\n"
                "2\n水利工程招投标管理不规范\n一是修订招标办法;二是开展专项检查\n规划建设科\n长期坚持\n正在整改\n三、下一步打算\n局党组将持续跟踪。",
        "issues": ["河道巡查不到位,部分河段长期无人巡查", "水利工程招投标管理不规范"],
        "measures": [3, 2],
    },
    "the same with bars between the cells (Traditional)": {
        "text": RECTIFICATION + "二、重點問題整改情況\n序號 | 反饋問題 | 整改措施 | 責任單位 | 完成時限 | 進展情況\n"
                "1 | 河道巡查不到位,部分河段長期無人巡查 | 1.制定巡河制度;2.配備巡河員12名 | 河道管理科 | 2024年6月 | 已完成\n"
                "2 | 水利工程招投標管理不規範 | 1.修訂招標辦法;2.開展專項檢查;3.追責2人 | 規劃建設科 | 長期堅持 | 正在整改",
        "issues": ["河道巡查不到位,部分河段长期无人巡查", "水利工程招投标管理不规范"],
        "measures": [2, 3],
    },
    "problems in labelled blocks (【问题】…【整改措施】一是…【进展】)": {
        "text": RECTIFICATION + "二、具体问题整改情况\n【问题】河长制落实不到位,巡河记录流于形式\n"
                "【整改措施】一是修订巡河制度;二是开展巡河专项督查;三是建立巡河通报制度。\n【进展】已完成\n\n"
                "【问题】水利工程招投标管理不规范\n【整改措施】一是修订招标办法;二是开展专项检查。\n【进展】持续整改",
        "issues": ["河长制落实不到位,巡河记录流于形式", "水利工程招投标管理不规范"],
        "measures": [3, 2],
    },
    "a ledger's fields (问题1 / 问题描述: / 整改措施:①…)": {
        "text": RECTIFICATION + "二、整改工作台账(摘录)\n问题1\n问题描述:河道巡查不到位,部分河段长期无人巡查\n"
                "整改措施:①制定巡河制度;②配备巡河员12名;③上线巡河系统\n责任科室:河道管理科\n整改情况:已完成\n\n问题2\n"
                "问题描述:水利工程招投标管理不规范\n整改措施:①修订招标办法;②开展专项检查\n责任科室:规划建设科\n整改情况:持续整改",
        "issues": ["河道巡查不到位,部分河段长期无人巡查", "水利工程招投标管理不规范"],
        "measures": [3, 2],
    },
    "negative: a table of units and their figures names no problem": {
        "text": RECTIFICATION + "被巡察单位 | 反馈问题(个) | 已完成(个) | 正在推进(个)\n县水利局 | 34 | 27 | 7\n县统计局 | 29 | 25 | 4",
        "issues": [],
    },
    # ---------------------------------------------------------------- lists in less common forms
    "problems of each unit opened by 其中 after the sentence that says some were found": {
        "text": FEEDBACK + "反馈指出,巡察也发现了一些问题。其中,县水利局党组存在河道巡查不到位、工程招投标管理不规范等问题;"
                "县林业局党组存在护林员管理松散、生态补偿资金发放不及时等问题。",
        "issues": ["河道巡查不到位", "工程招投标管理不规范", "护林员管理松散", "生态补偿资金发放不及时"],
    },
    "aspects on lines of their own, each over a paragraph of 有的 / 个别 / 少数 clauses": {
        "text": FEEDBACK + "反馈指出,巡察也发现了一些问题:\n(一)政治建设方面\n有的党员干部理论学习不够深入;个别单位落实意识形态工作责任制流于形式。\n"
                "(二)全面从严治党方面\n有的单位主体责任压力传导层层递减;少数干部违规公车私用问题时有发生。\n会议要求,被巡察党组织要认真整改。",
        "issues": ["有的党员干部理论学习不够深入", "个别单位落实意识形态工作责任制流于形式", "有的单位主体责任压力传导层层递减",
                   "少数干部违规公车私用问题时有发生"],
        "categories": ["政治建设方面", "政治建设方面", "全面从严治党方面", "全面从严治党方面"],
    },
    "the same in Traditional": {
        "text": FEEDBACK_HANT + "反饋指出,巡察也發現了一些問題:\n(一)政治建設方面\n有的黨員幹部理論學習不夠深入;個別單位落實意識形態工作責任制流於形式。\n"
                "(二)全面從嚴治黨方面\n有的單位主體責任壓力傳導層層遞減;少數幹部違規公車私用問題時有發生。",
        "issues": ["有的党员干部理论学习不够深入", "个别单位落实意识形态工作责任制流于形式", "有的单位主体责任压力传导层层递减",
                   "少数干部违规公车私用问题时有发生"],
    },
    "a series told in words in a quoted speech (首先,A;其次,B;再次,C;最后,D)": {
        "text": FEEDBACK + "组长代表巡察组反馈了巡察情况。他说:“巡察也发现,局党组在一些方面还存在差距和不足。首先,贯彻落实上级决策部署"
                "不够有力;其次,行业监管存在宽松软现象;再次,工程建设领域廉洁风险防控不到位;最后,对以往巡察指出问题的整改还不够彻底。”",
        "issues": ["贯彻落实上级决策部署不够有力", "行业监管存在宽松软现象", "工程建设领域廉洁风险防控不到位", "对以往巡察指出问题的整改还不够彻底"],
    },
    "negative: 首先 and 其次 in demands after the problems are no list of problems": {
        "text": FEEDBACK + "会议要求,首先,要提高政治站位;其次,要压实整改责任;最后,要建立长效机制。",
        "issues": [],
    },
    # ---------------------------------------------------------------- counts in a table of the report's own figures
    "a report's counts in a flattened table (反馈问题(个) | 已完成整改(个) | 正在整改(个) | 整改完成率)": {
        "text": RECTIFICATION + "截至9月30日,巡察反馈问题整改情况如下:\n反馈问题(个) | 已完成整改(个) | 正在整改(个) | 整改完成率 | 建立完善制度(项)\n"
                "21 | 18 | 3 | 85.7% | 7",
        "issues": [],
        "counts": {"reported": 21, "rectified": 18, "ongoing": 3},
    },
    "negative: a table of units, each row a unit's counts, gives no count of the report's": {
        "text": RECTIFICATION + "被巡察单位 | 反馈问题(个) | 已整改(个)\n县水利局 | 34 | 27\n县统计局 | 29 | 25",
        "issues": [],
        "counts": {},
    },
    "a round's table of units with a totals row (合计): the totals are the report's counts": {
        "text": RECTIFICATION + "截至8月31日,本轮巡察反馈问题整改情况公示如下:\n序号 | 被巡察单位 | 巡察组 | 反馈问题(个) | 已整改(个) | 正在整改(个)\n"
                "1 | 县水利局党组 | 县委第一巡察组 | 32 | 29 | 3\n2 | 县林业局党组 | 县委第二巡察组 | 27 | 25 | 2\n合计 | | | 59 | 54 | 5",
        "issues": [],
        "counts": {"reported": 59, "rectified": 54, "ongoing": 5},
    },
    "negative: 整改完成一个、销号一个 is a slogan, no count": {
        "text": RECTIFICATION + "县委巡察办将持续跟踪督办,整改完成一个、销号一个。",
        "issues": [],
        "counts": {},
    },
    # ---------------------------------------------------------------- an infographic's cards
    "a card's heading alone on its line (▍主要问题), the problems bulleted beneath": {
        "text": FEEDBACK + "◆ 反馈日期:8月29日\n◆ 巡察组:县委第二巡察组\n\n▍主要问题\n● 落实上级决策部署不到位\n● 安全生产责任压得不实\n"
                "● 物资采购比价流程走过场\n\n▍整改要求\n● 9月30日前报送整改方案",
        "issues": ["落实上级决策部署不到位", "安全生产责任压得不实", "物资采购比价流程走过场"],
    },
    "a card's counts as labels and values (▸ 反馈问题:41个)": {
        "text": RECTIFICATION + "整改总体情况\n▸ 反馈问题:41个\n▸ 已完成整改:35个\n▸ 正在整改:6个\n▸ 建立完善制度:14项",
        "issues": [],
        "counts": {"reported": 41, "rectified": 35, "ongoing": 6},
    },
    "a card's problems numbered with keycaps (1️⃣ 问题:X⏎整改:①…)": {
        "text": RECTIFICATION + "部分问题整改情况\n1️⃣ 问题:河道巡查不到位\n整改:①制定巡河制度;②配备巡河员12名\n"
                "2️⃣ 问题:水利工程招投标管理不规范\n整改:①修订招标办法",
        "issues": ["河道巡查不到位", "水利工程招投标管理不规范"],
    },
    # ---------------------------------------------------------------- problems a meeting hearing the round's reports sums up
    "a meeting on the round: what the inspected units 普遍存在 is the round's problems": {
        "text": "县委巡察工作领导小组听取巡察情况汇报\n6月28日,会议听取了县委第一巡察组关于对县统计局的巡察情况汇报。"
                "会议指出,被巡察党组织普遍存在学习贯彻党的创新理论不够深入、落实中央八项规定精神不严格等共性问题。",
        "issues": ["学习贯彻党的创新理论不够深入", "落实中央八项规定精神不严格"],
    },
    "the same in Traditional, 从巡察情况看": {
        "text": "區委常委會聽取巡察情況匯報\n會議聽取了區委第一巡察組對區司法局黨組巡察情況的匯報。會議指出,從巡察情況看,"
                "存在落實意識形態工作責任制不到位、財務管理不規範等問題。",
        "issues": ["落实意识形态工作责任制不到位", "财务管理不规范"],
    },
    "negative: a meeting's own shortcomings in other work are no inspection's problems": {
        "text": "县财政局召开学习会\n会议指出,当前工作中存在学习不够深入、调研不够扎实等问题。",
        "issues": [],
    },
    # ---------------------------------------------------------------- bulleted problems on the lead's line
    "bulleted problems run onto the lead's line (存在以下问题: ● A ● B ● C), a copy having lost their line breaks": {
        "text": "4月16日,总行党委第三巡视组向华川分行党委反馈巡视情况。组长褚立新指出,巡视发现分行党委存在以下问题: "
                "● 服务实体经济力度不足,普惠小微贷款增速低于平均水平 ● 信用风险管控不严 ● 基层网点党建与业务融合不紧密。会议要求抓好整改。",
        "issues": ["服务实体经济力度不足,普惠小微贷款增速低于平均水平", "信用风险管控不严", "基层网点党建与业务融合不紧密"],
    },
    "the same in Traditional with ◆ bullets": {
        "text": "4月16日,總行黨委第三巡視組向華川分行黨委反饋巡視情況。組長褚立新指出,巡視發現分行黨委存在以下問題: "
                "◆ 服務實體經濟力度不足 ◆ 信用風險管控不嚴 ◆ 基層網點黨建與業務融合不緊密。會議要求抓好整改。",
        "issues": ["服务实体经济力度不足", "信用风险管控不严", "基层网点党建与业务融合不紧密"],
    },
    "bulleted problems a line each, the last before the page's next sentence (● C⏎会议要求抓好整改。)": {
        "text": "4月16日,总行党委第三巡视组向华川分行党委反馈巡视情况。组长褚立新指出,巡视发现分行党委存在以下问题:\n"
                "● 服务实体经济力度不足,普惠小微贷款增速低于平均水平\n● 信用风险管控不严\n● 基层网点党建与业务融合不紧密\n会议要求抓好整改。",
        "issues": ["服务实体经济力度不足,普惠小微贷款增速低于平均水平", "信用风险管控不严", "基层网点党建与业务融合不紧密"],
    },
    "negative: bullets of measures on the lead's line are no problems (整改措施: ● 建立台账 ● 开展督查)": {
        "text": "4月16日,总行党委第三巡视组向华川分行党委反馈巡视情况。会议要求分行党委抓好整改,整改措施如下: "
                "● 建立整改台账,明确责任分工 ● 开展专项督查,逐项对账销号。",
        "issues": [],
    },
    # ---------------------------------------------------------------- the list after the count of what was found or fed back
    "反馈问题N个: and the problems bulleted beneath": {
        "text": FEEDBACK + "2024年6月3日,市委第五巡察组向市农科院党委反馈问题4个:\n▲ 科研经费管理使用不规范\n▲ 成果转化机制不健全\n"
                "▲ 选人用人工作存在薄弱环节\n▲ 对上轮巡察整改重视不够\n会议要求抓好整改。",
        "issues": ["科研经费管理使用不规范", "成果转化机制不健全", "选人用人工作存在薄弱环节", "对上轮巡察整改重视不够"],
        "counts": {"reported": 4},
    },
    "共发现问题N个: and the problems numbered inline": {
        "text": FEEDBACK + "经巡察,共发现问题3个:1.党组会议议事规则不健全;2.“三重一大”事项集体决策执行不到位;3.公务接待管理不规范。",
        "issues": ["党组会议议事规则不健全", "“三重一大”事项集体决策执行不到位", "公务接待管理不规范"],
        "counts": {"reported": 3},
    },
    "共反饋N個問題: 一是…二是… (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組共反饋3個問題:一是黨組會議議事規則不健全;二是財務管理不規範;三是幹部隊伍老化。",
        "issues": ["党组会议议事规则不健全", "财务管理不规范", "干部队伍老化"],
        "counts": {"reported": 3},
    },
    "negative: a count of clues handed over opens no list (移交问题线索5件:)": {
        "text": FEEDBACK + "巡察期间,共移交问题线索5件:其中涉及科级干部2件。",
        "issues": [],
    },
    "problems numbered (1)(2)(3) inline: the numbers are no part of the problems": {
        "text": FEEDBACK + "巡察组反馈了以下问题:(1)落实意识形态工作责任制不到位;(2)基层党组织软弱涣散;(3)扶贫资金监管存在漏洞。",
        "issues": ["落实意识形态工作责任制不到位", "基层党组织软弱涣散", "扶贫资金监管存在漏洞"],
    },
    "the same in Traditional, full-width brackets": {
        "text": FEEDBACK_HANT + "巡察組指出,存在以下問題:（1）學習不深入;（2）財務管理不規範。",
        "issues": ["学习不深入", "财务管理不规范"],
    },
    # ---------------------------------------------------------------- bare lines to the page's end, headings and labels
    "a list of bare bulleted lines keeps its last line at the page's end when it reads as a problem": {
        "text": FEEDBACK + "巡察组指出的问题主要有:\n■ 重点民生项目推进缓慢\n■ 执法程序不规范\n■ 对违法建设查处不及时",
        "issues": ["重点民生项目推进缓慢", "执法程序不规范", "对违法建设查处不及时"],
    },
    "the same in Traditional, numbered 1、": {
        "text": FEEDBACK_HANT + "巡察組反饋的主要問題如下:\n1、幹部教育培訓針對性不強\n2、機關作風建設仍有短板",
        "issues": ["干部教育培训针对性不强", "机关作风建设仍有短板"],
    },
    "negative: a bare last line cut off mid-word at the page's end stays out": {
        "text": FEEDBACK + "巡察组指出的问题主要有:\n■ 重点民生项目推进缓慢\n■ 执法程序不规范\n■ 对违法建设查处的力度和",
        "issues": ["重点民生项目推进缓慢", "执法程序不规范"],
    },
    "negative: a page cut after punctuated items keeps its last words out": {
        "text": FEEDBACK + "巡察组指出的问题主要有:\n1.重点民生项目推进缓慢;\n2.执法程序不规范;\n3.对违法建设查处不及时",
        "issues": ["重点民生项目推进缓慢", "执法程序不规范"],
    },
    "a bulleted run is one list when half its lines read as problems (业务工作“两张皮” stays whole)": {
        "text": FEEDBACK + "巡察组指出的问题主要有:\n● 党建工作与业务工作“两张皮”\n● 公务用车管理不规范\n● 违规发放津贴补贴\n"
                "● 档案管理混乱\n会议要求抓好整改。",
        "issues": ["党建工作与业务工作“两张皮”", "公务用车管理不规范", "违规发放津贴补贴", "档案管理混乱"],
    },
    "negative: a bulleted run most of whose lines are demands is no list": {
        "text": FEEDBACK + "巡察组指出的问题主要有:\n● 加强理论学习\n● 完善内控制度\n● 公务用车管理不规范\n会议要求抓好整改。",
        "issues": [],
    },
    "a heading 巡察反馈问题摘要 alone on its line, the problems bulleted beneath": {
        "text": FEEDBACK + "2024年6月3日,县委第二巡察组向县水利局党组反馈巡察情况。\n巡察反馈问题摘要\n● 公务用车管理不规范\n"
                "● 违规发放津贴补贴\n● 档案管理混乱",
        "issues": ["公务用车管理不规范", "违规发放津贴补贴", "档案管理混乱"],
    },
    "the same in Traditional: 巡視指出的主要問題": {
        "text": FEEDBACK_HANT + "2024年6月3日,縣委第二巡察組向縣水利局黨組反饋巡察情況。\n巡視指出的主要問題\n● 黨支部標準化建設不達標\n"
                "● 公務接待管理不規範\n● 違規發放加班費",
        "issues": ["党支部标准化建设不达标", "公务接待管理不规范", "违规发放加班费"],
    },
    "problems labelled 问题一: 问题二:": {
        "text": FEEDBACK + "巡察组向县水利局党组反馈了以下问题:\n问题一:居务公开不及时不全面。\n问题二:集体资产出租未公开招标。\n"
                "问题三:低保评定程序不规范。",
        "issues": ["居务公开不及时不全面", "集体资产出租未公开招标", "低保评定程序不规范"],
    },
    "a report's problems still open: 未完成整改的问题为:": {
        "text": RECTIFICATION + "区委第三巡察组共反馈问题12个,截至11月30日,已完成整改10个,正在整改2个。未完成整改的问题为:\n"
                "● 老旧小区改造项目资金结算滞后\n● 社区网格员队伍管理不规范",
        "issues": ["老旧小区改造项目资金结算滞后", "社区网格员队伍管理不规范"],
        "counts": {"reported": 12, "rectified": 10, "ongoing": 2},
    },
    # ---------------------------------------------------------------- problems joined by a conjunction
    "A、B以及C等问题: 以及 parts the last two": {
        "text": FEEDBACK + "巡视组指出,县国资公司存在投资决策随意、融资风险管控不力以及下属企业违规出借资金等问题。",
        "issues": ["投资决策随意", "融资风险管控不力", "下属企业违规出借资金"],
    },
    "A不到位和B不规范: 和 parts two problems (Traditional)": {
        "text": FEEDBACK_HANT + "巡察指出,該局存在財務管理不規範和公務接待超標準、選人用人把關不嚴等問題。",
        "issues": ["财务管理不规范", "公务接待超标准", "选人用人把关不严"],
    },
    "negative: 和 inside one problem (党风廉政建设和反腐败工作不到位) stays": {
        "text": FEEDBACK + "巡察指出,该局存在党风廉政建设和反腐败工作不到位、选人用人不规范等问题。",
        "issues": ["党风廉政建设和反腐败工作不到位", "选人用人不规范"],
    },
    # ---------------------------------------------------------------- ends of a problem: 不便捷, 重X轻Y, 超标准
    "主要是: A,B,C等 whose items end 不便捷, 宽松软": {
        "text": FEEDBACK + "市委巡察组向市医保局党组反馈问题9个,主要是:医保基金监管存在漏洞,定点医药机构协议管理宽松软,"
                "异地就医结算服务不便捷等。",
        "issues": ["医保基金监管存在漏洞", "定点医药机构协议管理宽松软", "异地就医结算服务不便捷"],
        "counts": {"reported": 9},
    },
    "突出表现为: A重X轻Y,B,C (Traditional)": {
        "text": FEEDBACK_HANT + "巡視指出,管委會黨工委履職盡責方面還有差距,突出表現為:招商引資重數量輕質量,營商環境優化措施落實不到位,"
                "項目審批服務效率不高。",
        "issues": ["招商引资重数量轻质量", "营商环境优化措施落实不到位", "项目审批服务效率不高"],
    },
    # ---------------------------------------------------------------- N个方面问题: (一)X方面:A。
    "反馈N个方面问题: each aspect with its problem after a colon, inline": {
        "text": FEEDBACK + "巡察组共反馈3个方面问题:(一)党的政治建设方面:党组理论学习中心组学习不规范。(二)党的组织建设方面:"
                "发展党员程序不严格。(三)党风廉政建设方面:公务接待超标准。",
        "issues": ["党组理论学习中心组学习不规范", "发展党员程序不严格", "公务接待超标准"],
        "categories": ["党的政治建设方面", "党的组织建设方面", "党风廉政建设方面"],
    },
    "指出的問題有: (一)X方面:A。 one a line (Traditional)": {
        "text": FEEDBACK_HANT + "巡察組指出的問題有:\n(一)黨的政治建設方面:黨組理論學習中心組學習不規範。\n(二)黨的組織建設方面:"
                "發展黨員程序不嚴格。",
        "issues": ["党组理论学习中心组学习不规范", "发展党员程序不严格"],
    },
    # ---------------------------------------------------------------- reports: labels, wrapped items, tables, bare headings
    "【问题一】X, its 整改落实: on the next line": {
        "text": RECTIFICATION + "市委第三巡察组共反馈19个问题。\n【问题一】服务地方经济发展站位不高,涉农贷款占比连续两年下降\n"
                "整改落实:制定专项行动方案,单列涉农信贷计划。\n【问题二】员工行为管理存在漏洞,个别员工违规参与民间借贷\n整改落实:开展排查3轮。",
        "issues": ["服务地方经济发展站位不高,涉农贷款占比连续两年下降", "员工行为管理存在漏洞,个别员工违规参与民间借贷"],
        "counts": {"reported": 19},
    },
    "negative: a measure's heading with a comma is no problem": {
        "text": RECTIFICATION + "县委第二巡察组反馈问题共10个。整改情况如下:\n(一)加强理论学习,提高政治站位\n"
                "局党组制定学习计划,开展专题学习12次,班子成员讲党课5次。\n(二)压实主体责任,推动整改落实\n局党组召开专题会议5次。",
        "issues": [],
        "counts": {"reported": 10},
    },
    "numbered problems of clauses, the first reading as a problem, a status after each": {
        "text": RECTIFICATION + "县委第二巡察组反馈问题共4个,已完成整改3个,正在整改1个。具体如下:\n"
                "1.房地产市场监管不到位,部分楼盘违规预售。(已完成整改)\n2.老旧小区改造工程质量监管不严。(已完成整改)\n"
                "3.干部轮岗交流不及时,关键岗位人员长期未交流。(正在整改)",
        "issues": ["房地产市场监管不到位,部分楼盘违规预售", "老旧小区改造工程质量监管不严", "干部轮岗交流不及时,关键岗位人员长期未交流"],
        "counts": {"reported": 4, "rectified": 3, "ongoing": 1},
    },
    "a table under bars of problems, their measures and progress: each row's problem is its first cell": {
        "text": RECTIFICATION + "省委第一巡视组反馈问题22个。主要问题整改情况如下:\n序号 | 反馈问题 | 整改措施 | 整改进展\n"
                "1 | 信贷资产质量管控不严,不良贷款率持续攀升 | 开展不良资产清收攻坚 | 正在推进\n2 | 关联交易管理不规范 | 修订关联交易管理办法 | 已完成",
        "issues": ["信贷资产质量管控不严,不良贷款率持续攀升", "关联交易管理不规范"],
        "counts": {"reported": 22},
    },
    "problems heading their paragraphs unnumbered, as bold lines a copy lost the bold of (Traditional)": {
        "text": "中共某盟委關於巡視整改進展情況的通報\n自治區黨委第三巡視組反饋的16個問題,盟委已完成整改12個。現將主要問題整改情況通報如下。\n"
                "基層黨組織政治功能發揮不夠充分\n盟委組織開展嘎查村黨組織書記輪訓,整頓軟弱渙散嘎查村黨組織21個。\n幹部擔當作為不夠\n"
                "盟委出台激勵幹部擔當作為實施辦法,對6名幹部進行組織調整。",
        "issues": ["基层党组织政治功能发挥不够充分", "干部担当作为不够"],
        "counts": {"reported": 16, "rectified": 12},
    },
    "negative: measures heading their paragraphs unnumbered are no problems": {
        "text": RECTIFICATION + "现将整改情况通报如下。\n加强理论学习\n局党组组织开展轮训,举办专题班3期。\n压实主体责任\n局党组出台实施办法。",
        "issues": [],
    },
    "其中较为突出的有两个: the problems that stand out among those counted": {
        "text": FEEDBACK + "本轮巡察在区供销社共发现问题5个,其中较为突出的有两个:一是社有资产底数不清;二是下属企业长期亏损。",
        "issues": ["社有资产底数不清", "下属企业长期亏损"],
        "counts": {"reported": 5},
    },
    "a ledger under full-width bars, its header 问题描述 | 整改状态 (Traditional)": {
        "text": FEEDBACK_HANT + "整改台賬(節選)\n序號｜問題描述｜整改狀態\n1｜黨員發展程序不規範｜已完成\n2｜黨費收繳不及時｜已完成",
        "issues": ["党员发展程序不规范", "党费收缴不及时"],
    },
    # ---------------------------------------------------------------- counts: 认领, 问题清单, 已办结, 持续推进整改
    "认领问题N个 and 已办结N个": {
        "text": RECTIFICATION + "县委第二巡察组反馈意见后,局党组认领问题27个,目前已办结22个,持续推进整改5个。",
        "issues": [],
        "counts": {"reported": 27, "rectified": 22, "ongoing": 5},
    },
    "问題清單共N條 (Traditional)": {
        "text": "某縣水利局黨組關於巡察整改進展情況的通報\n縣委第二巡察組交辦問題清單共28條,已完成整改26個,正在整改2個。",
        "issues": [],
        "counts": {"reported": 28, "rectified": 26, "ongoing": 2},
    },
    "a list of rectification tasks is no count of problems (整改任务清单共N项,已完成M项)": {
        "text": RECTIFICATION + "局党组制定整改任务清单共45项,已完成40项。",
        "issues": [],
        "counts": {},
    },
    # ---------------------------------------------------------------- numbered items under an aspect's heading
    "(一)X方面 on its line, then 1.A 2.B numbered otherwise beneath it, in feedback news": {
        "text": FEEDBACK + "巡察组指出了存在的主要问题。\n（一）政治建设方面\n1.理论学习中心组学习不够深入，学用结合不紧。\n"
                "2.落实意识形态工作责任制不到位。\n（二）作风建设方面\n3.违规发放津补贴问题仍有发生。\n三、整改要求\n"
                "巡察组要求，局党组要认真抓好整改。",
        "issues": ["理论学习中心组学习不够深入，学用结合不紧", "落实意识形态工作责任制不到位", "违规发放津补贴问题仍有发生"],
        "categories": ["政治建设方面", "政治建设方面", "作风建设方面"],
    },
    "the same with 1、 items and a page cut inside the last (Traditional)": {
        "text": FEEDBACK_HANT + "二、巡察發現的主要問題\n（一）貫徹落實黨中央決策部署和縣委工作要求方面\n1、鄉村振興項目推進遲緩，"
                "部分資金閒置。\n2、防汛責任落實不到位。\n（二）落實全面從嚴治黨戰略部署方面\n3、工程招投標廉潔風險突出。\n4、公務用車管理",
        "issues": ["乡村振兴项目推进迟缓，部分资金闲置", "防汛责任落实不到位", "工程招投标廉洁风险突出"],
        "categories": ["贯彻落实党中央决策部署和县委工作要求方面", "贯彻落实党中央决策部署和县委工作要求方面",
                       "落实全面从严治党战略部署方面"],
    },
    "negative: what was done, numbered under the same headings, is no finding": {
        "text": FEEDBACK + "巡察发现的主要问题及整改要求\n（一）政治建设方面\n1.组织开展专题学习12次。\n2.召开党组会议研究部署整改工作。\n"
                "（二）作风建设方面\n3.修订完善公务接待管理办法。",
        "issues": [],
    },
    # ---------------------------------------------------------------- more of the genre's lists (blind tables, 5 December)
    "a problem said not to be done often enough (不经常) or up to standard (不达标), numbered in a report": {
        "text": "中共某村支部委员会关于县委巡察整改情况的公告\n县委第五巡察组于2023年9月对我村党支部开展了巡察。现将整改情况公告如下:\n"
                "1.村务公开不及时。\n整改结果:已完成。\n2.支部三会一课开展不经常。\n整改结果:已完成。\n3.党支部标准化建设不达标。\n"
                "整改结果:已完成。\n欢迎全体党员群众监督。",
        "issues": ["村务公开不及时", "支部三会一课开展不经常", "党支部标准化建设不达标"],
    },
    "在X方面，有的A，有的B。 a paragraph of its own after the list 巡察组指出 gave": {
        "text": FEEDBACK + "巡察组指出，局党组落实全面从严治党主体责任不够到位；工程项目管理存在漏洞。\n"
                "在干部队伍建设方面，有的科室负责人履职能力不足，有的中层干部长期未轮岗交流。\n巡察组要求，局党组要认真抓好整改。",
        "issues": ["局党组落实全面从严治党主体责任不够到位", "工程项目管理存在漏洞", "有的科室负责人履职能力不足",
                   "有的中层干部长期未轮岗交流"],
        "categories": [None, None, "干部队伍建设方面", "干部队伍建设方面"],
    },
    "在X方面，有的A，有的B。 after the list, in Traditional": {
        "text": FEEDBACK_HANT + "巡察組指出，局黨組落實全面從嚴治黨主體責任不夠到位；工程項目管理存在漏洞。\n"
                "在幹部隊伍建設方面，有的科室負責人履職能力不足，有的中層幹部長期未輪崗交流。\n巡察組要求，局黨組要認真抓好整改。",
        "issues": ["局党组落实全面从严治党主体责任不够到位", "工程项目管理存在漏洞", "有的科室负责人履职能力不足",
                   "有的中层干部长期未轮岗交流"],
    },
    "negative: 在X方面，有的A when only one clause follows is no list of its own": {
        "text": FEEDBACK + "巡察组指出，局党组落实全面从严治党主体责任不够到位；工程项目管理存在漏洞。\n"
                "在队伍建设方面，有的同志表示将以此为契机改进工作。",
        "issues": ["局党组落实全面从严治党主体责任不够到位", "工程项目管理存在漏洞"],
    },
    "针对巡察反馈的A、B等问题，… in rectification news: each problem the list names": {
        "text": "某县人民医院扎实推进巡察整改\n近日，记者从县人民医院了解到，医院党委推动巡察整改取得实效。\n"
                "针对巡察反馈的药品耗材管理不规范、绩效分配向临床一线倾斜不够等问题，医院党委成立整改工作专班，修订绩效考核分配方案。",
        "issues": ["药品耗材管理不规范", "绩效分配向临床一线倾斜不够"],
    },
    "negative: a 、 inside one problem named before 等 stays one": {
        "text": "某县人民医院扎实推进巡察整改\n近日，记者从县人民医院了解到，医院党委推动巡察整改取得实效。\n"
                "针对巡察反馈的物资采购、工程分包等领域廉洁风险突出问题，医院党委成立整改工作专班，修订采购管理办法。",
        "issues": ["物资采购、工程分包等领域廉洁风险突出"],
    },
    "在X方面存在A、B等问题；在Y方面存在C、D等问题: each aspect's list, the aspect its category": {
        "text": FEEDBACK + "反馈指出，县人民法院党组在履行审判职能方面存在诉讼服务中心建设不完善、执行案款发放不及时等问题；"
                "在全面从严治党方面存在监督制约机制不健全、干警违规接触当事人问题仍有发生等问题；在队伍建设方面存在员额法官配置不合理、"
                "年轻干警培养锻炼不够等问题。",
        "issues": ["诉讼服务中心建设不完善", "执行案款发放不及时", "监督制约机制不健全", "干警违规接触当事人问题仍有发生",
                   "员额法官配置不合理", "年轻干警培养锻炼不够"],
        "categories": [None, None, "全面从严治党方面", "全面从严治党方面", "队伍建设方面", "队伍建设方面"],
    },
    "the same in Traditional, the page cut inside the last list": {
        "text": FEEDBACK_HANT + "反饋指出，縣人民法院黨組在履行審判職能方面存在訴訟服務中心建設不完善、執行案款發放不及時等問題；"
                "在全面從嚴治黨方面存在監督制約機制不健全、幹警違規接觸當事人問題仍有發生等問題；在隊伍建設方面存在員額法官配置不合理、年輕幹警培養",
        "issues": ["诉讼服务中心建设不完善", "执行案款发放不及时", "监督制约机制不健全", "干警违规接触当事人问题仍有发生",
                   "员额法官配置不合理"],
    },
    "negative: a speech that sorts what was found into kinds (本轮巡察发现的问题，既有A，也有B)": {
        "text": "集团召开巡察集中反馈会\n1月5日，集团党委召开巡察集中反馈会。\n唐某某强调，被巡察单位党组织要扛起整改主体责任。"
                "他指出，本轮巡察发现的问题，既有企业经营管理中长期存在的老问题，也有改革发展中出现的新情况。",
        "issues": [],
    },
    "the same in Traditional, with 又有": {
        "text": "集團召開巡察集中反饋會\n1月5日，集團黨委召開巡察集中反饋會。\n會議指出，此次巡察反饋的問題，既有歷史遺留的老問題，"
                "又有發展中出現的新問題。",
        "issues": [],
    },
    "反馈了巡视意见，指出了A、B、C等问题 (no 存在)": {
        "text": "省水利厅党组召开巡视整改专题民主生活会\n今年4月11日至6月9日，省委第四巡视组对省水利厅党组开展了常规巡视，7月14日向省水利厅党组"
                "反馈了巡视意见，指出了水利工程建设管理不规范、河湖长制“有名无实”、厅党组落实全面从严治党主体责任不够有力等问题。",
        "issues": ["水利工程建设管理不规范", "河湖长制“有名无实”", "厅党组落实全面从严治党主体责任不够有力"],
    },
    "the same in Traditional: 巡察發現了A、B等問題": {
        "text": FEEDBACK_HANT + "會上，巡察組組長通報了巡察情況。巡察發現了理論學習不夠深入、黨建業務“兩張皮”、公務用車管理混亂等問題。",
        "issues": ["理论学习不够深入", "党建业务“两张皮”", "公务用车管理混乱"],
    },
    "negative: 指出了A、B等方面的问题 names areas": {
        "text": FEEDBACK + "反馈会上，巡察组指出了理论学习、“三重一大”决策、干部队伍建设等方面的问题。",
        "issues": [],
    },
    "negative: 指出了存在的问题 / 发现了一些问题 name none": {
        "text": FEEDBACK + "反馈会上，巡察组组长指出了存在的问题、提出了整改意见等问题导向的要求。巡察发现了一些问题，也总结了经验、做法等。",
        "issues": [],
    },
    # ---------------------------------------------------------------- numbered headings over their details
    "（一）A⏎detail。⏎（二）B⏎detail。 the headings are the problems, the page cut in the last detail": {
        "text": FEEDBACK + "巡察组指出，局党组取得了积极成效。同时，巡察也发现一些问题，反馈指出的问题主要集中在：\n（一）耕地保护责任落实不到位\n"
                "部分乡镇违法占用耕地问题整改不彻底，耕地“进出平衡”落实不严。\n（二）国土空间规划执行不严\n个别项目擅自调整规划条件，"
                "规划批后监管缺位。\n（三）矿产资源监管存在漏洞\n对非法采砂采石行为巡查不力，矿山生态修复进度滞后，",
        "issues": ["耕地保护责任落实不到位", "国土空间规划执行不严", "矿产资源监管存在漏洞"],
    },
    "the same with 1. headings, in Traditional": {
        "text": FEEDBACK_HANT + "巡察組指出，局黨組存在的主要問題有：\n1.兜底保障政策落實不精準\n部分困難群眾應保未保，個別縣存在“人情保”現象。\n"
                "2.養老服務體系建設滯後\n社區居家養老服務設施利用率低，民辦養老機構監管不到位。\n3.社會組織監管存在薄弱環節\n對社會組織年檢把關不嚴，",
        "issues": ["兜底保障政策落实不精准", "养老服务体系建设滞后", "社会组织监管存在薄弱环节"],
    },
    "negative: the page cut inside the last heading leaves it out": {
        "text": FEEDBACK + "巡察组指出，局党组存在的主要问题有：\n1.兜底保障政策落实不精准\n部分困难群众应保未保。\n2.养老服务体系建设滞后\n"
                "社区居家养老服务设施利用率低。\n3.社会组织监管存在薄",
        "issues": ["兜底保障政策落实不精准", "养老服务体系建设滞后"],
    },
    "共反馈问题N个，其中A、B等问题较为突出: the ones named as standing out": {
        "text": FEEDBACK + "1月4日，旗委第一巡察组向巴音苏木党委反馈巡察情况。巡察组共反馈问题12个，其中草原生态保护补奖资金发放不规范、"
                "嘎查集体经济发展缓慢等问题较为突出。",
        "issues": ["草原生态保护补奖资金发放不规范", "嘎查集体经济发展缓慢"],
    },
    "the same in Traditional, 尤為突出": {
        "text": FEEDBACK_HANT + "巡察組共反饋問題15個，其中財務報銷審核不嚴、公務用車管理混亂等問題尤為突出。",
        "issues": ["财务报销审核不严", "公务用车管理混乱"],
    },
    "对“A”“B”等重点问题整改情况进行了复核 (rectification news): the quoted problems": {
        "text": "某县供电公司召开巡察整改回头看专题会\n去年10月，市公司党委第三巡察组对县供电公司党委开展了巡察，12月反馈了巡察意见。"
                "会议逐项对照整改台账，对“农网改造项目物资管理不规范”“供电所廉洁风险防控薄弱”"
                "等重点问题整改情况进行了复核。",
        "issues": ["农网改造项目物资管理不规范", "供电所廉洁风险防控薄弱"],
    },
    "negative: 重点关注“A”“B”等问题 is what a team will look at": {
        "text": "县委巡察组进驻县供电公司\n巡察组将重点关注“农网改造项目物资管理”“供电所廉洁风险防控”等问题。",
        "issues": [],
    },
    "negative: 指出了…落实巡视审计等监督发现问题整改等方面存在的问题 (areas, one 等 inside one of them)": {
        "text": FEEDBACK + "反馈会上，各巡视组指出了被巡视党组织在贯彻落实党中央决策部署、落实新时代党的组织路线、落实巡视审计等监督发现问题整改"
                "等方面存在的问题，提出了整改意见建议。",
        "issues": [],
    },
    "巡察指出，在X方面，A；B。在Y方面，C。 (the aspect opening the list right after the plain trigger)": {
        "text": FEEDBACK + "巡察指出，在贯彻落实党中央决策部署方面，落实立德树人根本任务不够到位；推进“双减”政策落地有差距。"
                "在落实全面从严治党“两个责任”方面，局党组对所属学校“一把手”监督乏力。",
        "issues": ["落实立德树人根本任务不够到位", "推进“双减”政策落地有差距", "局党组对所属学校“一把手”监督乏力"],
        "categories": ["贯彻落实党中央决策部署方面", "贯彻落实党中央决策部署方面", "落实全面从严治党“两个责任”方面"],
    },
    "negative: 巡察指出，在X方面做了大量工作 is praise": {
        "text": FEEDBACK + "巡察指出，在推进教育优质均衡发展方面，局党组做了大量工作，取得了一定成效。",
        "issues": [],
    },
    "存在A、B、C不高等问题 (不高 before 等 closes the list, not 高等)": {
        "text": FEEDBACK + "巡察组指出，县教育局党组存在“双减”政策落实不到位、教师队伍管理不规范、教育经费使用效益不高等问题。",
        "issues": ["“双减”政策落实不到位", "教师队伍管理不规范", "教育经费使用效益不高"],
    },
    "the list cut a character into its next item keeps the item before (…实效不高、人)": {
        "text": FEEDBACK + "同时，巡察组指出，县人社局党组存在稳就业政策落实不够精准、社保基金监管存在风险、职业技能培训实效不高、人",
        "issues": ["稳就业政策落实不够精准", "社保基金监管存在风险", "职业技能培训实效不高"],
    },
    "the same in Traditional, a topic's state in quotes and 未打通": {
        "text": FEEDBACK_HANT + "巡察也發現一些問題，突出表現在：食品藥品安全監管“最後一公里”未打通、黨建工作“上熱中溫下冷”、"
                "幹部隊伍專業化水平不高等問題。",
        "issues": ["食品药品安全监管“最后一公里”未打通", "党建工作“上热中温下冷”", "干部队伍专业化水平不高"],
    },
    "one problem a line, no marks, the last a catch-phrase (党建工作与业务工作“两张皮”)": {
        "text": FEEDBACK + "反馈会上，组长指出，局党委也存在一些不容忽视的问题，主要问题有：\n粮食安全党政同责落实不到位\n"
                "农业项目资金监管不严\n党建工作与业务工作“两张皮”\n巡察组要求，局党委要认真整改。",
        "issues": ["粮食安全党政同责落实不到位", "农业项目资金监管不严", "党建工作与业务工作“两张皮”"],
    },
    "a table of problems with numbered rows (序号|反馈问题|整改措施|…): every row's problem, whatever its words": {
        "text": "某村关于村级巡察反馈问题整改情况的公示\n县委第三巡察组对某村党支部开展了村级巡察。现将整改情况公示如下：\n"
                "序号|反馈问题|整改措施|整改时限|整改情况\n1|村务公开不及时、内容不全面|固定每月公开|2023年7月|已完成\n"
                "2|集体鱼塘发包未经村民代表会议表决|重新表决|2023年7月|已完成\n3|低保评议程序不规范|重新评议|2023年6月|已完成\n"
                "4|“三会一课”记录不完整|建立台账|2023年7月|已完成\n",
        "issues": ["村务公开不及时、内容不全面", "集体鱼塘发包未经村民代表会议表决", "低保评议程序不规范", "“三会一课”记录不完整"],
    },
    # ---------------------------------------------------------------- seventh batch of blind tables (5 December)
    "主要问题包括：⏎——A；⏎——B。 (a document's dashes before the items; 要求有差距 is no demand)": {
        "text": FEEDBACK + "组长指出，巡察发现的主要问题包括：\n——落实城市精细化管理要求有差距，背街小巷整治不彻底；\n——行政执法不规范，"
                "违法建设查处不及时；\n——服务外包项目监管缺位，考核流于形式。\n巡察组要求，局党组要抓好整改。",
        "issues": ["落实城市精细化管理要求有差距，背街小巷整治不彻底", "行政执法不规范，违法建设查处不及时", "服务外包项目监管缺位，考核流于形式"],
    },
    "巡察发现，X在…方面存在薄弱环节，突出表现为：A；B。 (a long clause before 突出表现为)": {
        "text": FEEDBACK + "巡察发现，兴隆村党总支在落实惠民政策、管理集体“三资”、规范基层小微权力运行等方面存在薄弱环节，突出表现为："
                "村务公开不及时、不全面；“三会一课”记录不规范。",
        "issues": ["村务公开不及时、不全面", "“三会一课”记录不规范"],
    },
    "点名该校党委存在A、B等问题 (the press's 点名), in Traditional": {
        "text": FEEDBACK_HANT + "中央第十一巡視組7月9日向北方大學黨委反饋巡視情況，點名該校黨委存在學習貫徹黨的教育方針不夠深入、"
                "對二級學院監督偏鬆偏軟等問題。",
        "issues": ["学习贯彻党的教育方针不够深入", "对二级学院监督偏松偏软"],
    },
    "巡察发现的问题概括为以下几点：A；B；C。": {
        "text": FEEDBACK + "组长指出，巡察发现的问题概括为以下几点：医院党委对核心制度落实督促不够；大型医用设备采购论证缺失；部分党支部未按期换届。",
        "issues": ["医院党委对核心制度落实督促不够", "大型医用设备采购论证缺失", "部分党支部未按期换届"],
    },
    "…存在不少问题。第一、A；第二、B，存在C、D等问题；第三、E。 (a series run over the list inside an item)": {
        "text": FEEDBACK + "巡察发现，该村在党的建设、集体“三资”管理等方面存在不少问题。第一、集体土地流转程序不规范；第二、村级工程项目管理混乱，"
                "存在未招标即开工、拆分项目规避监管等问题；第三、惠民资金发放审核不严。",
        "issues": ["集体土地流转程序不规范", "村级工程项目管理混乱，存在未招标即开工、拆分项目规避监管", "惠民资金发放审核不严"],
    },
    "但也存在一些问题。从巡察情况看，有的A；有的B。 (in Traditional)": {
        "text": FEEDBACK_HANT + "阿某在反饋時指出，縣委取得了明顯成效，但也存在一些不容忽視的問題。從巡察情況看，有的鄉鎮黨委監測幫扶責任不到位；"
                "有的幹部擔當作為不夠。",
        "issues": ["有的乡镇党委监测帮扶责任不到位", "有的干部担当作为不够"],
    },
    "发现了A、个别X违规B、C存在隐患以及“D”等问题 (存在 inside an item, 个别 before the misconduct)": {
        "text": FEEDBACK + "组长指出，中心党组取得了积极成效，但巡察也发现了归集扩面工作推进缓慢、个别管理部违规办理提取业务、信息系统数据安全管理"
                "存在隐患以及“放管服”改革措施落实不到位等问题。",
        "issues": ["归集扩面工作推进缓慢", "个别管理部违规办理提取业务", "信息系统数据安全管理存在隐患", "“放管服”改革措施落实不到位"],
    },
    "巡察发现的问题有：A；B；⏎C。 (the copy broke the line before the last item)": {
        "text": FEEDBACK + "副组长在反馈时说，巡察发现的问题有：流动党员底数不清；居务公开栏内容更新不及时；\n网格员队伍管理松散。\n"
                "街道党工委副书记表示将督促整改。",
        "issues": ["流动党员底数不清", "居务公开栏内容更新不及时", "网格员队伍管理松散"],
    },
    "a page cut right after an item's ；keeps the item": {
        "text": FEEDBACK + "组长指出，巡视也发现了一些问题：学习贯彻不够深入，落实部署有差距；防范化解重大风险不够有力；",
        "issues": ["学习贯彻不够深入，落实部署有差距", "防范化解重大风险不够有力"],
    },
    "反馈指出，X在A、B等方面做了大量工作，但也不同程度存在C、D等问题 (a 、 in the praise before 存在)": {
        "text": FEEDBACK + "反馈指出，被巡察党组织在推动县域经济发展、服务保障民生等方面做了大量工作，但也不同程度存在落实上级决策部署不够有力、"
                "财务管理不够规范等问题。",
        "issues": ["落实上级决策部署不够有力", "财务管理不够规范"],
    },
    "feedback news whose problems are a table (序号|问题类别|具体问题), each row's problem under its kind": {
        "text": FEEDBACK + "巡察组梳理形成了问题清单，具体如下：\n序号|问题类别|具体问题\n1|贯彻落实党中央决策部署|落实“双碳”目标要求不够有力\n"
                "2|全面从严治党|对招标采购环节监督不力，违规发放福利问题仍有发生\n组长要求，局党组要抓好整改。",
        "issues": ["落实“双碳”目标要求不够有力", "对招标采购环节监督不力，违规发放福利问题仍有发生"],
        "categories": ["贯彻落实党中央决策部署", "全面从严治党"],
    },
    "针对反馈指出的A、B存在C、D等问题 (a list from 指出的, one item holding 存在), in Traditional": {
        "text": "柳溪街道黨工委召開巡察整改專題民主生活會\n區委第三巡察組對柳溪街道黨工委開展了常規巡察，並於6月上旬反饋了巡察意見。"
                "針對反饋指出的理論學習不夠深入、基層黨組織建設存在薄弱環節、違規發放津補貼等問題，街道黨工委第一時間召開專題會議研究部署。",
        "issues": ["理论学习不够深入", "基层党组织建设存在薄弱环节", "违规发放津补贴"],
    },
    "X党委承认存在A、B、C等问题 (the press on a rectification report), 风险高发": {
        "text": "央企密集公布巡视整改\n在通报中，中国兴农银行党委承认存在服务实体经济不够有力、基层机构案件风险高发、员工行为管理不严等问题，"
                "并表示已对相关责任人员严肃追责。",
        "issues": ["服务实体经济不够有力", "基层机构案件风险高发", "员工行为管理不严"],
    },
    # ---------------------------------------------------------------- a table's category cell merged over its rows
    "问题类别 序号 反馈问题 整改情况, the category written on its first row only (tabs, merged cells left empty)": {
        "text": RECTIFICATION + "具体整改情况如下：\n问题类别\t序号\t反馈问题\t整改情况\n"
                "落实党中央决策部署方面\t1\t河长制工作推进不力，部分河段问题整改不彻底\t已完成整改\n"
                "\t2\t农村饮水安全巩固提升工程建设滞后\t已完成整改\n"
                "落实全面从严治党方面\t3\t局党组主体责任落实不到位，对局属单位监督管理偏松偏软\t正在整改\n"
                "\t4\t公务用车管理不严格\t已完成整改\n下一步，局党组将持续巩固整改成果。",
        "issues": ["河长制工作推进不力，部分河段问题整改不彻底", "农村饮水安全巩固提升工程建设滞后",
                   "局党组主体责任落实不到位，对局属单位监督管理偏松偏软", "公务用车管理不严格"],
        "categories": ["落实党中央决策部署方面", "落实党中央决策部署方面", "落实全面从严治党方面", "落实全面从严治党方面"],
    },
    "the same in Traditional, bars between the cells": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n問題類別|序號|反饋問題|整改情況\n"
                "黨的建設方面|1|基層黨組織建設不夠規範，支部組織生活流於形式|已完成整改\n"
                "|2|幹部交流輪崗不夠，重要崗位人員長期不輪換|正在整改\n|3|專業技術人才隊伍建設滯後|已完成整改\n",
        "issues": ["基层党组织建设不够规范，支部组织生活流于形式", "干部交流轮岗不够，重要岗位人员长期不轮换", "专业技术人才队伍建设滞后"],
        "categories": ["党的建设方面", "党的建设方面", "党的建设方面"],
    },
    "存在A、账实不符、C等问题 (records that disagree close an item of the list)": {
        "text": FEEDBACK + "反馈指出，被巡察党组织不同程度存在粮食安全责任落实不到位、粮食库存账实不符、轮换购销管理不规范等问题。",
        "issues": ["粮食安全责任落实不到位", "粮食库存账实不符", "轮换购销管理不规范"],
    },
    "the same in Traditional, 統計數據前後不一致": {
        "text": FEEDBACK_HANT + "巡察指出，該局存在統計數據前後不一致、項目資金撥付滯後等問題。",
        "issues": ["统计数据前后不一致", "项目资金拨付滞后"],
    },
    "negative: 做到账实相符 is what was done, no item of its own": {
        "text": FEEDBACK + "巡察指出，该局存在固定资产清查不及时、做到账实相符的台账管理不规范等问题。",
        "issues": ["固定资产清查不及时", "做到账实相符的台账管理不规范"],
    },
    "主要问题：⏎1.A党组：X，Y；Z。⏎2.B党组：W；V。 (each numbered unit's line, a problem a ；-part)": {
        "text": "县委巡察组完成反馈\n县委3个巡察组分别向县发展和改革局党组、县工业和信息化局党组反馈巡察意见。各巡察组逐一反馈了被巡察单位的主要问题：\n"
                "1.县发展和改革局党组：重大项目谋划储备不足，项目前期工作推进缓慢；价格监测分析不够及时。\n"
                "2.县工业和信息化局党组：工业园区标准化厂房闲置率高；惠企政策兑现不及时；中小企业服务体系不健全。",
        "issues": ["重大项目谋划储备不足，项目前期工作推进缓慢", "价格监测分析不够及时", "工业园区标准化厂房闲置率高", "惠企政策兑现不及时",
                   "中小企业服务体系不健全"],
    },
    "the same in Traditional, unnumbered lines, the second unit's first part no problem's words (閒置率高)": {
        "text": "縣委巡察組完成反饋\n縣委3個巡察組分別向被巡察黨組織反饋巡察意見。各巡察組逐一反饋了被巡察單位的主要問題：\n"
                "縣林業局黨組：森林防火責任落實不到位；林地管理不規範。\n縣工業和信息化局黨組：工業園區標準化廠房閒置率高；惠企政策兌現不及時；"
                "中小企業服務體系不健全。",
        "issues": ["森林防火责任落实不到位", "林地管理不规范", "工业园区标准化厂房闲置率高", "惠企政策兑现不及时", "中小企业服务体系不健全"],
    },
    "negative: 1.A党组：what it did well (成效明显；亮点突出) is no unit's line of problems": {
        "text": "县委巡察组完成反馈\n县委3个巡察组分别向被巡察党组织反馈巡察意见。各巡察组逐一点评了被巡察单位的主要工作：\n"
                "1.县发展和改革局党组：项目建设成效明显；营商环境持续优化。\n2.县工业和信息化局党组：工业经济稳中有进；企业服务亮点突出。",
        "issues": [],
    },
    # ---------------------------------------------------------------- problems announced, then told: 个别/少数/部分 items, aspects over ；, sentences, the press's verbs
    "巡视也发现一些问题。个别A；少数B；部分C。 (the items opening with how many they concern)": {
        "text": FEEDBACK + "巡视指出，县水利局党组做了大量工作。巡视也发现一些问题。个别党员领导干部政治站位不高，对督察整改工作重视不够；"
                "少数股室履行监管职责不到位，日常检查流于形式；部分项目审批把关不严，存在先建后批现象。",
        "issues": ["个别党员领导干部政治站位不高，对督察整改工作重视不够", "少数股室履行监管职责不到位，日常检查流于形式",
                   "部分项目审批把关不严，存在先建后批现象"],
    },
    "the same in Traditional, 巡察組認為，…還存在一些不容忽視的問題。有的A；有的B": {
        "text": FEEDBACK_HANT + "但巡察組認為，局黨組還存在一些不容忽視的問題。有的股室負責人重業務輕管理，對違規行為失察；有的工程項目存在重複計價問題。",
        "issues": ["有的股室负责人重业务轻管理，对违规行为失察", "有的工程项目存在重复计价问题"],
    },
    "巡视也发现了一些问题。在X方面，A，B低于平均水平；在Y方面，C缓慢，D缺位 (aspects over ；, each read by its first clause)": {
        "text": FEEDBACK + "巡视也发现了一些问题。在贯彻落实决策部署方面，服务实体经济力度不够，普惠小微贷款投放增速低于系统平均水平；"
                "在防控金融风险方面，不良贷款处置进度缓慢，大额授信业务贷后管理缺位。",
        "issues": ["服务实体经济力度不够，普惠小微贷款投放增速低于系统平均水平", "不良贷款处置进度缓慢，大额授信业务贷后管理缺位"],
    },
    "巡察发现，A。同时，B。此外，X存在Y问题，Z。 (a sentence a problem, one that says X存在Y问题 too)": {
        "text": FEEDBACK + "巡察发现，局党组贯彻落实上级决策部署存在打折扣情况，重点项目推进滞后。同时，项目资金管理存在漏洞，少数工程违规分包。"
                "此外，养护工程存在拆分发包规避招标问题，工程结算审核不严。",
        "issues": ["局党组贯彻落实上级决策部署存在打折扣情况，重点项目推进滞后", "项目资金管理存在漏洞，少数工程违规分包",
                   "养护工程存在拆分发包规避招标问题，工程结算审核不严"],
    },
    "…具体表现为A，B。在Y方面，具体表现为C，D。 (the second aspect's list, no colon)": {
        "text": FEEDBACK + "巡察发现，局党组在履行监管职责方面还有不足，具体表现为水质抽检覆盖面不广，农村饮水工程监管存在盲区，"
                "河道巡查不及时。在内部管理方面，具体表现为罚没收入管理不规范，公务车辆使用登记不全，基层水管站办事效率不高。",
        "issues": ["水质抽检覆盖面不广", "农村饮水工程监管存在盲区", "河道巡查不及时", "罚没收入管理不规范", "公务车辆使用登记不全",
                   "基层水管站办事效率不高"],
    },
    "the press (Traditional): 點名該省「A」「B」，並指部分市縣「C」。此外，巡視組還批評該省D，E，F。": {
        "text": "中央巡視組向江東省委反饋\n中央第三巡視組8月22日向江東省委反饋巡視情況。巡視組組長在反饋會上點名該省「貫徹新發展理念有偏差」"
                "「地方政府隱性債務風險防控不力」，並指部分市縣「形式主義、官僚主義問題仍較突出」。\n此外，巡視組還批評該省對生態環保督察反饋"
                "問題整改不徹底，個別領域腐敗問題易發多發，對省屬國企的監管存在漏洞。",
        "issues": ["贯彻新发展理念有偏差", "地方政府隐性债务风险防控不力", "形式主义、官僚主义问题仍较突出", "对生态环保督察反馈问题整改不彻底",
                   "个别领域腐败问题易发多发", "对省属国企的监管存在漏洞"],
    },
    "存在A不巩固、B被突破等问题 (results that do not hold, harm done: problems' words)": {
        "text": FEEDBACK + "巡察指出，该局存在禁毒宣传成效不巩固、生态保护红线被突破、河道采砂监管不严等问题。",
        "issues": ["禁毒宣传成效不巩固", "生态保护红线被突破", "河道采砂监管不严"],
    },
    "negative: 巡视也发现一些问题。个别A as praise (个别同志提出了很好的建议；部分股室主动服务) is no list of problems": {
        "text": FEEDBACK + "巡视也发现一些问题。个别同志提出了很好的意见建议；部分股室主动对接群众需求，服务意识明显增强。",
        "issues": [],
    },
    "第一个问题：A。⏎整改情况：…⏎第二个问题：B。 (a report's problems by their place in its order)": {
        "text": RECTIFICATION + "现将有关情况通报如下：\n第一个问题：服务保障县域经济发展大局意识不强，涉企案件审理周期偏长。\n"
                "整改情况：开通涉企案件绿色通道。\n第二个问题：案件质效指标排名靠后，一审服判息诉率偏低。\n整改情况：建立审判质效通报制度。",
        "issues": ["服务保障县域经济发展大局意识不强，涉企案件审理周期偏长", "案件质效指标排名靠后，一审服判息诉率偏低"],
    },
    "the same in Traditional, 問題表現：A⏎整改落實：… / 問題編號2-1　問題內容：B": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n問題表現：村級小微權力運行監督不到位，個別村幹部優親厚友。\n整改落實：出臺小微權力清單。\n"
                "問題編號2-1　問題內容：重點流域水污染防治工作推進不平衡，部分斷面水質不能穩定達標。\n整改進展：實施流域綜合治理工程。",
        "issues": ["村级小微权力运行监督不到位，个别村干部优亲厚友", "重点流域水污染防治工作推进不平衡，部分断面水质不能稳定达标"],
    },
    "反馈问题：A；整改情况：… (the problem up to its measures' label on the same line)": {
        "text": RECTIFICATION + "一、聚焦党的领导方面\n反馈问题：落实意识形态工作责任制不到位，未按规定每半年专题研究意识形态工作；整改情况：已于6月召开专题会议。\n"
                "反馈问题：推进乡村振兴产业发展办法不多，集体经济薄弱村占比较高；整改情况：制定三年行动方案。",
        "issues": ["落实意识形态工作责任制不到位，未按规定每半年专题研究意识形态工作", "推进乡村振兴产业发展办法不多，集体经济薄弱村占比较高"],
    },
    "negative: 第一个问题是如何… (a question asked, not a problem's label)": {
        "text": RECTIFICATION + "座谈会上，大家围绕三个问题展开讨论。第一个问题是如何把整改成果转化为发展成效。",
        "issues": [],
    },
    "1.1 A。⏎整改情况：…⏎1.2 B。 under （一）X方面 lines (a report's problems sub-numbered under its aspects)": {
        "text": RECTIFICATION + "（一）党的领导方面\n1.1 耕地保护责任落实不够严格，违法占用耕地问题时有发生。\n整改情况：开展专项整治。\n"
                "1.2 国土空间规划编制实施滞后，部分乡镇详细规划未完成报批。\n整改情况：完成规划编制报批。\n（二）全面从严治党方面\n"
                "2.1 土地出让管理存在廉洁风险，个别项目容积率调整程序不规范。\n整改情况：逐一复核。\n"
                "2.2 不动产登记“办证难”问题依然存在，历史遗留问题化解不力。\n整改情况：成立化解专班。",
        "issues": ["耕地保护责任落实不够严格，违法占用耕地问题时有发生", "国土空间规划编制实施滞后，部分乡镇详细规划未完成报批",
                   "土地出让管理存在廉洁风险，个别项目容积率调整程序不规范", "不动产登记“办证难”问题依然存在，历史遗留问题化解不力"],
        "categories": ["党的领导方面", "党的领导方面", "全面从严治党方面", "全面从严治党方面"],
    },
    "the same in Traditional, 1 X方面⏎1.1 A。⏎整改進展：…⏎1.2 B。": {
        "text": "中共某縣水利局黨組關於巡察整改進展情況的通報\n1 黨的領導方面\n1.1 基層治理網格化管理不精細，網格員隊伍不穩定。\n整改進展：重新劃分網格。\n"
                "1.2 社區「三資」管理不規範，部分社區存在坐收坐支問題。\n整改進展：推行代理記賬。",
        "issues": ["基层治理网格化管理不精细，网格员队伍不稳定", "社区「三资」管理不规范，部分社区存在坐收坐支问题"],
    },
    "negative: 1.5万元 / 2.3个百分点 opening a line of a report (a figure, no sub-number)": {
        "text": RECTIFICATION + "整改成效：\n1.5万元违规发放的补贴已全部清退。\n2.3个百分点的增幅来自新增项目。",
        "issues": [],
    },
    "在X方面，具体表现为A，B，C。在Y方面，具体表现为D，E，F。 (each aspect's problems after the words that say they show themselves)": {
        "text": FEEDBACK + "巡察组也发现了一些问题。在落实管党治党责任方面，具体表现为党委对所属站点监督检查不到位，纪检监察力量配备不足，追责问责偏软。"
                "在经营管理方面，具体表现为运输业务外包管理不规范，部分合同未经法律审核即签订，应收账款清收不力。",
        "issues": ["党委对所属站点监督检查不到位", "纪检监察力量配备不足", "追责问责偏软", "运输业务外包管理不规范", "部分合同未经法律审核即签订",
                   "应收账款清收不力"],
    },
    "the same in Traditional, 在X方面，A不完整，B，C。 (不完整 / 閒置 / 脫離實際 as problems' words)": {
        "text": FEEDBACK_HANT + "巡察組也發現了一些問題。在選人用人方面，中層幹部選拔任用程序不完整，幹部檔案管理不規範，年輕幹部培養不足。"
                "在項目管理方面，產業項目選擇脫離實際，部分設備購置後長期閒置，工程款撥付不及時。",
        "issues": ["中层干部选拔任用程序不完整", "干部档案管理不规范", "年轻干部培养不足", "产业项目选择脱离实际", "部分设备购置后长期闲置",
                   "工程款拨付不及时"],
    },
    "巡察发现，A，B。同时，C。巡察还发现，D，E。 (one more problem after those read, its trigger adding to them)": {
        "text": FEEDBACK + "巡察发现，乡党委落实主体责任有差距，对贫困户动态管理不精准。同时，产业扶贫项目选择脱离实际，部分项目建成后效益低下甚至闲置。"
                "巡察还发现，乡机关干部作风不实，工作日缺岗脱岗现象时有发生。",
        "issues": ["乡党委落实主体责任有差距，对贫困户动态管理不精准", "产业扶贫项目选择脱离实际，部分项目建成后效益低下甚至闲置",
                   "乡机关干部作风不实，工作日缺岗脱岗现象时有发生"],
    },
    "negative: 巡察还发现，A取得明显成效 after problems (praise, however it is introduced)": {
        "text": FEEDBACK + "巡察发现，局党组落实主体责任有差距，对下属单位监督不力。同时，项目建设进度缓慢，部分资金闲置。"
                "巡察还发现，局党组在优化营商环境方面取得明显成效，群众满意度较高。",
        "issues": ["局党组落实主体责任有差距，对下属单位监督不力", "项目建设进度缓慢，部分资金闲置"],
    },
    "反馈了A、B“X”问题未彻底消除、C等问题 (a problem not yet rooted out, with how far: 未彻底消除 / 未得到有效化解 / 尚未补齐)": {
        "text": FEEDBACK + "巡察组反馈了安全生产监管存在薄弱环节、村级集体经济“空壳村”问题未彻底消除、征地补偿资金管理不规范、"
                "债务风险未得到有效化解、基础设施短板尚未补齐等问题。",
        "issues": ["安全生产监管存在薄弱环节", "村级集体经济“空壳村”问题未彻底消除", "征地补偿资金管理不规范", "债务风险未得到有效化解",
                   "基础设施短板尚未补齐"],
    },
    "the same in Traditional, 「X」問題未完全解決、欠款未清收": {
        "text": FEEDBACK_HANT + "巡察組反饋了農村飲水安全「最後一公里」問題未完全解決、集體經濟欠款未清收、村務公開不及時等問題。",
        "issues": ["农村饮水安全「最后一公里」问题未完全解决", "集体经济欠款未清收", "村务公开不及时"],
    },
    "negative: 确保A彻底消除、B得到有效化解 (what the unit will do, no problem)": {
        "text": FEEDBACK + "局党组表示，将确保安全隐患彻底消除、债务风险得到有效化解。",
        "issues": [],
    },
    "以下为部分单位反馈情况：⏎A（T，day）：X；Y。⏎B：Z。 (a round's feedback digest, each unit's problems on its line)": {
        "text": "中管高校巡视反馈情况\n中央巡视组陆续向被巡视高校党委反馈了专项巡视情况。以下为部分高校反馈情况：\n"
                "江北大学（中央第十四巡视组，6月13日）：学校党委把方向作用发挥不够充分；校办企业管理不规范，存在廉洁风险。\n"
                "南湖大学：选人用人不够规范；基层党组织建设薄弱。\n",
        "issues": ["学校党委把方向作用发挥不够充分", "校办企业管理不规范,存在廉洁风险", "选人用人不够规范", "基层党组织建设薄弱"],
    },
    "the same in Traditional, 各地反饋情況如下：⏎甲市委（T，day）：X；Y。": {
        "text": "省委巡視反饋情況\n省委巡視組陸續向被巡視黨組織反饋了巡視情況。各地反饋情況如下：\n"
                "江北市委（省委第一巡視組，7月3日）：落實主體責任不夠有力；選人用人把關不嚴。\n南湖市委（省委第二巡視組，7月5日）：基層黨組織軟弱渙散。\n",
        "issues": ["落实主体责任不够有力", "选人用人把关不严", "基层党组织软弱涣散"],
    },
    "negative: 各组进驻情况如下：⏎A（T，day）：联系电话… (the units' lines give no problems)": {
        "text": "省委巡视组完成进驻\n省委巡视组陆续进驻被巡视党组织。各组进驻情况如下：\n甲市委（省委第一巡视组，3月3日）：联系电话0851-1234567。\n",
        "issues": [],
    },
    "negative: 具体反馈情况如下：⏎1.T：day向A反馈巡视情况 (a team's line under the lead, no unit's problems)": {
        "text": "省委第十轮巡视完成反馈\n10月20日至23日，省委6个巡视组分别向被巡视党组织反馈巡视情况。具体反馈情况如下：\n"
                "1.省委第一巡视组：10月20日向鹿鸣市委反馈巡视情况\n2.省委第二巡视组：10月20日向南峰市委反馈巡视“回头看”情况\n",
        "issues": [],
    },
    "negative: 各单位反馈情况如下：⏎1.A党委：反馈问题20个，已整改18个 (each unit's counts, no problems)": {
        "text": "校党委巡察整改情况\n校党委第三巡察组分别向下列单位反馈巡察意见。各单位反馈情况如下：\n"
                "1.经济管理学院党委：反馈问题20个，已整改18个，正在整改2个。\n2.基建处直属党支部：反馈问题15个，已整改13个，正在整改2个。\n",
        "issues": [],
    },
    "从“回头看”情况看，有的A；有的B；有的C (where it looks from, then 有的 clauses at once)": {
        "text": FEEDBACK + "从“回头看”情况看，有的股室上轮巡察反馈问题整改不到位，存在表面整改现象；有的干部违反中央八项规定精神问题屡禁不止；"
                "有的单位选人用人程序不规范。",
        "issues": ["有的股室上轮巡察反馈问题整改不到位,存在表面整改现象", "有的干部违反中央八项规定精神问题屡禁不止", "有的单位选人用人程序不规范"],
    },
    "the same in Traditional, 就巡察情況來看，有的A；有的B": {
        "text": FEEDBACK_HANT + "就巡察情況來看，有的村級財務管理混亂；有的村幹部優親厚友，群眾反映強烈。",
        "issues": ["有的村级财务管理混乱", "有的村干部优亲厚友,群众反映强烈"],
    },
    "negative: 从长远来看，有的A；有的B (praise of what works, no problem)": {
        "text": FEEDBACK + "从长远来看，有的村发展了特色产业；有的村建成了文化广场。",
        "issues": [],
    },
    "巡视组指出，A谋利；B权力过于集中；C (gain sought for kin, power held too close: problems by their words)": {
        "text": FEEDBACK + "巡察组指出，一些干部利用职权和职务影响为亲属经商办企业谋利；个别股室“一把手”权力过于集中；工程项目管理不规范。",
        "issues": ["一些干部利用职权和职务影响为亲属经商办企业谋利", "个别股室“一把手”权力过于集中", "工程项目管理不规范"],
    },
    "the same in Traditional, 為他人謀取利益；權力過分集中": {
        "text": FEEDBACK_HANT + "巡察組指出，個別幹部在項目審批中為他人謀取利益；局黨組決策權力過分集中；財務管理不嚴格。",
        "issues": ["个别干部在项目审批中为他人谋取利益", "局党组决策权力过分集中", "财务管理不严格"],
    },
    "negative: 要集中力量…；防止…谋利 as demands (measures, no problem)": {
        "text": FEEDBACK + "巡察组要求，要集中力量抓好整改；要严防干部为亲属经商办企业谋利。",
        "issues": [],
    },
    "发现一些问题。在X方面，存在A、B等问题；在Y方面，存在C、D等问题 (aspects after the sentence, each item opening with 存在)": {
        "text": FEEDBACK + "巡察组指出，巡察中也发现一些问题。在落实全面从严治党责任方面，存在主体责任落实层层递减、对下属单位管理监督不严等问题；"
                "在作风建设方面，存在“文山会海”反弹、公务接待超标准等问题；在选人用人方面，存在超职数配备中层干部、干部档案管理混乱等问题。",
        "issues": ["主体责任落实层层递减", "对下属单位管理监督不严", "“文山会海”反弹", "公务接待超标准", "超职数配备中层干部", "干部档案管理混乱"],
    },
    "the same in Traditional, 發現一些問題。在X方面，存在A、B等問題；在Y方面，存在C等問題": {
        "text": FEEDBACK_HANT + "巡察組指出，巡察中也發現一些問題。在黨的建設方面，存在基層黨組織軟弱渙散、黨員教育管理不嚴等問題；"
                "在財務管理方面，存在超編制配備車輛、違規發放津補貼等問題。",
        "issues": ["基层党组织软弱涣散", "党员教育管理不严", "超编制配备车辆", "违规发放津补贴"],
    },
    "negative: 发现一些问题。在X方面，取得了A、B等成效 (praise under an aspect, no problem)": {
        "text": FEEDBACK + "巡察组指出，巡察中也发现一些问题。在党的建设方面，取得了基层组织建设、党员队伍建设等方面的成效。",
        "issues": [],
    },
    "a table of problems flattened with single spaces, its cells holding commas (序号 问题描述 整改措施 … ⏎1 A，B 按…配齐 …)": {
        "text": RECTIFICATION + "现将整改进展情况公示如下：\n序号 问题描述 整改措施 责任领导 责任部门 整改时限 进展情况\n"
                "1 落实立德树人根本任务有差距，思政课教师队伍建设不足 按师生比配齐思政课专职教师，新招聘教师6名 党委副书记 马克思主义学院 2023年2月 已完成\n"
                "2 产教融合、校企合作推进不够深入 与企业共建产业学院2个，修订人才培养方案 院长 教务处 2023年6月 正在整改\n"
                "3 中层干部选拔任用程序不规范 修订中层干部选拔任用工作实施办法，规范动议环节 党委书记 组织人事部 2023年1月 已完成\n",
        "issues": ["落实立德树人根本任务有差距,思政课教师队伍建设不足", "产教融合、校企合作推进不够深入", "中层干部选拔任用程序不规范"],
    },
    "the same in Traditional, 序號 問題描述 整改措施 …": {
        "text": RECTIFICATION + "現將整改進展情況公示如下：\n序號 問題描述 整改措施 責任部門 進展情況\n"
                "1 財務報銷審核不嚴，存在超標準接待 修訂財務報銷辦法，開展專項檢查 財務處 已完成\n"
                "2 工程項目監管不到位，變更程序不規範 建立工程變更審批制度，嚴格執行 基建處 正在整改\n",
        "issues": ["财务报销审核不严,存在超标准接待", "工程项目监管不到位,变更程序不规范"],
    },
    "在以下方面存在问题：⏎X方面，主要表现在：A；B。⏎Y方面，主要表现在：C；D。 (aspect paragraphs, each saying how its problems show)": {
        "text": FEEDBACK + "巡察组发现局党组在以下方面存在问题：\n党的领导弱化方面，主要表现在：学习贯彻党的二十大精神不够深入，传达学习多、研究落实少；"
                "重大决策部署落实不到位。\n党的建设缺失方面，主要表现在：基层党支部软弱涣散；党员发展把关不严，发展程序不规范。\n巡察组要求，局党组要认真整改。",
        "issues": ["学习贯彻党的二十大精神不够深入,传达学习多、研究落实少", "重大决策部署落实不到位", "基层党支部软弱涣散",
                   "党员发展把关不严,发展程序不规范"],
    },
    "the same in Traditional, X方面，具體表現為：A；B。": {
        "text": FEEDBACK_HANT + "巡察組指出，局黨組存在以下問題：\n全面從嚴治黨方面，具體表現為：“兩個責任”落實不到位；財務管理混亂，大額支出未經集體研究。\n"
                "選人用人方面，具體表現為：幹部檔案管理不規範。\n",
        "issues": ["“两个责任”落实不到位", "财务管理混乱,大额支出未经集体研究", "干部档案管理不规范"],
    },
    "negative: 在以下方面取得成效：⏎X方面，主要表现在：A；B。 (praise by aspect, no trigger of problems)": {
        "text": FEEDBACK + "巡察组认为，局党组在以下方面取得成效：\n党的建设方面，主要表现在：基层党支部标准化建设全面推进；党员队伍结构持续优化。\n",
        "issues": [],
    },
    "问题主要表现在：⏎在X方面，A；B。⏎在Y方面，C；D。 (aspect paragraphs opening with 在…方面， after a colon)": {
        "text": FEEDBACK + "巡察组指出，巡察发现的问题主要表现在：\n在党的政治建设方面，调查研究不深不实，检视问题不够具体；生态产业发展后劲不足。\n"
                "在全面从严治党方面，对村级组织监督不力；扶贫项目资金管理不规范，有的项目未按规定公示。\n巡察组提出了整改意见。",
        "issues": ["调查研究不深不实,检视问题不够具体", "生态产业发展后劲不足", "对村级组织监督不力", "扶贫项目资金管理不规范,有的项目未按规定公示"],
    },
    "主要表现在：X方面，A、B；Y方面，C、D、E (an aspect's problems parted by 、, each a whole one)": {
        "text": FEEDBACK + "巡察中也发现了一些问题，主要表现在：落实决策部署方面，推动乡村振兴落地不够有力、耕地保护工作存在薄弱环节；"
                "全面从严治党方面，主体责任落实不到位、对村级小微权力监督不严、涉农资金管理使用不规范。",
        "issues": ["推动乡村振兴落地不够有力", "耕地保护工作存在薄弱环节", "主体责任落实不到位", "对村级小微权力监督不严", "涉农资金管理使用不规范"],
    },
    "the same in Traditional, X方面，A、B；Y方面，C": {
        "text": FEEDBACK_HANT + "巡察中也發現了一些問題，主要表現在：組織建設方面，村級黨組織帶頭人隊伍建設存在短板、黨員教育管理不夠嚴格；"
                "整改落實方面，對上輪巡察反饋問題整改不徹底。",
        "issues": ["村级党组织带头人队伍建设存在短板", "党员教育管理不够严格", "对上轮巡察反馈问题整改不彻底"],
    },
    "negative: X方面，A盲目扩张、B失控，C亏损 (an aspect's item with commas stays one)": {
        "text": FEEDBACK + "巡察中也发现了一些问题，主要表现在：防范风险方面，所属企业盲目扩张、对外担保管理失控，部分项目长期亏损；"
                "选人用人方面，干部选拔任用程序不规范。",
        "issues": ["所属企业盲目扩张、对外担保管理失控,部分项目长期亏损", "干部选拔任用程序不规范"],
    },
    "甲集团党委主要存在：A；B。乙集团党委主要存在：C；D。 (each unit's problems after its name, a sentence each)": {
        "text": FEEDBACK + "反馈会上，巡察组分别指出了被巡察企业存在的问题。甲文旅集团党委主要存在：文旅资源整合推进缓慢；投资决策程序不够规范。"
                "乙港口集团党委主要存在：安全生产责任落实有薄弱环节；基层党组织建设不够规范。",
        "issues": ["文旅资源整合推进缓慢", "投资决策程序不够规范", "安全生产责任落实有薄弱环节", "基层党组织建设不够规范"],
    },
    "the same in Traditional, 甲局黨組存在的問題主要有：A；B。": {
        "text": FEEDBACK_HANT + "甲局黨組存在的問題主要有：財務制度執行不嚴；幹部隊伍建設存在短板。乙鎮黨委存在：村級財務管理不規範；黨員教育管理不嚴。",
        "issues": ["财务制度执行不严", "干部队伍建设存在短板", "村级财务管理不规范", "党员教育管理不严"],
    },
    "negative: 甲党委主要存在：三个方面的优势 (what it has, no problem)": {
        "text": FEEDBACK + "巡察组认为，甲集团党委主要存在：区位优势明显；产业基础扎实。",
        "issues": [],
    },
}
