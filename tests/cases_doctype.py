"""What a page is and when it was published, in the genre's varied forms (Simplified and Traditional
side by side, negative phrasings in the same tables).

- ``DOC_TYPES``: {name: (text, doc type)}: feedback (news of a feedback given), rectification (a
  rectification report or progress report, or news of rectification work), other (entry and
  mobilisation news, training, a 回头看 round, texts about something else).
- ``PUBLISHED``: {name: (text, issued or None)}: the page's own date from its header or signature,
  never the date of an event the body tells.
"""
from __future__ import annotations

DOC_TYPES: dict[str, tuple[str, str]] = {
    "a feedback page in the column 巡察工作 › 工作总结 (a path's words are no headline): feedback news": (
        "县纪委监委网站\n巡察工作 › 工作总结\n县委第二巡察组向县水利局党组反馈巡察情况\n"
        "9月5日，县委第二巡察组向县水利局党组反馈了巡察情况，指出存在制度执行不严等问题。",
        "feedback"),
    "feedback news whose team asks for the reports (按时报送整改报告和主要负责人组织落实整改情况报告): feedback, not rectification": (
        "澎湃号·政务 > 清风临安\n市委第四巡察组向市交通运输局党委反馈巡察情况\n近日，市委第四巡察组向市交通运输局党委反馈巡察情况。"
        "巡察组要求，局党委要扛起巡察整改主体责任，按时报送整改报告和主要负责人组织落实整改情况报告。",
        "feedback"),
    "the same in Traditional, 按時報送整改報告及整改情況通報": (
        "市委第四巡察組向市水務局黨組反饋巡察情況\n近日，市委第四巡察組向市水務局黨組反饋巡察情況。巡察組要求，按時報送整改報告及整改情況通報。",
        "feedback"),
    "a meeting's news whose headline and first paragraph speak of no inspection, a feedback recalled further down: other": (
        "会宁县人民政府\n首页 > 新闻动态 > 部门动态\n全县教育系统召开2023年党建暨党风廉政建设工作会议\n发布时间：2023-04-07\n"
        "4月6日，全县教育系统2023年党建暨党风廉政建设工作会议召开。会议全面总结2022年全县教育系统党建和党风廉政建设工作，安排部署2023年重点任务。\n"
        "会议强调，要把抓好巡察整改作为全年工作的重中之重。3月21日，县委第一巡察组向县教育局党组反馈了巡察情况，指出了学校食堂管理不规范等问题。",
        "other"),
    "the same in Traditional, a standing committee's meeting on many things": (
        "區委常委會召開會議\n3月5日，區委書記主持召開區委常委會會議，研究部署全區經濟社會發展重點工作，審議通過多項文件。\n"
        "會議聽取了關於市委第二巡察組反饋意見整改方案的匯報，要求各單位抓好落實。",
        "other"),
    "negative: a page that opens mid-article with no headline (page 3 of a story on a rectification): not read as in passing": (
        "在校办企业方面，复旦大学也制定了一系列新的内控政策，明确处级以上干部未经学校批准不得在校办企业兼职，已清理兼职人员12人。\n"
        "针对中央巡视组专项巡视反馈的问题，学校党委制定了56项整改任务，截至目前，已完成整改60项，正在整改31项。",
        "rectification"),
    "negative: a headline without 巡 over a lead that tells the feedback (近日，T向A反馈了巡察情况): still feedback news": (
        "清风县委\n县教育局召开专题会议\n近日，县委第一巡察组向县教育局党组反馈了巡察情况，指出学校食堂管理不规范、校舍维修项目管理不严等问题。"
        "县教育局党组书记主持会议并作表态发言。",
        "feedback"),
    "a leading group's meeting demanding the feedback by a date (各巡视组要在9月中旬前向被巡视党组织反馈): other news": (
        "廉洁北岸\n市委巡视工作领导小组召开会议听取第十轮巡视情况汇报\n8月25日，市委巡视工作领导小组召开会议，听取第十轮巡视情况汇报。"
        "会议要求，各巡视组要在9月中旬前向被巡视党组织反馈巡视情况。",
        "other"),
    "the same in Traditional, 要在兩個月內向被巡察黨組織反饋": (
        "縣委巡察工作領導小組召開會議\n會議要求，各巡察組要在兩個月內向被巡察黨組織反饋巡察情況。",
        "other"),
    "a year's inspections summed up (县委2023年度巡察工作综述), its lead telling a round's feedback: other news": (
        "县纪委监委网站\n首页 > 巡察工作 > 巡察动态\n笃行不怠 利剑高悬——青溪县2023年度巡察工作综述\n"
        "今年以来，县委共开展3轮巡察。第一轮巡察中，县委第一巡察组对县财政局党组开展了常规巡察，7月6日，县委第一巡察组向县财政局党组反馈了巡察情况。",
        "other"),
    "the same in Traditional, a term's review under a site's name and navigation (十四屆縣委巡察工作回眸)": (
        "雲嶺縣紀委監委\n首頁 > 巡察工作\n十四屆縣委巡察工作回眸\n2016年以來，十四屆縣委共開展12輪巡察。縣委第二巡察組向縣教育局黨組反饋了巡察情況。",
        "other"),
    "negative: a summary's title that names a feedback (县委第四轮巡察集中反馈——2023年巡察工作综述): feedback news": (
        "县委第四轮巡察集中反馈——2023年巡察工作综述\n12月12日，县委第四轮巡察集中反馈会召开，县委第一巡察组向县水利局党组反馈了巡察情况。",
        "feedback"),
    "the press's digest of a round's feedback (中央第二轮巡视反馈情况一览): feedback news": (
        "新华网 > 时政 > 正文\n中央第二轮巡视反馈情况一览\n截至2月17日，中央第二轮巡视的10个巡视组已全部完成反馈。新华网对6省和4个单位的"
        "反馈情况梳理如下：\n■云岭省\n反馈时间：1月29日　巡视组：中央第二巡视组\n主要问题：一些领导干部官商勾结；买官卖官问题突出。",
        "feedback"),
    "the same in Traditional, 速覽｜十一屆省委第三輪巡視反饋情況 / 一張表看懂省委第八輪巡視反饋": (
        "速覽｜十一屆省委第三輪巡視反饋情況\n1月14日至17日，省委第三輪巡視的13個巡視組陸續向被巡視黨組織反饋巡視情況。\n"
        "涼山州：省委第一巡視組反饋，脫貧攻堅責任落實不到位。",
        "feedback"),
    "negative: a digest of a round's rectification (巡视整改情况一览): rectification news": (
        "省委第五轮巡视整改情况一览\n日前，省委第五轮巡视的12个被巡视党组织公布了巡视整改进展情况。截至3月底，共反馈问题162个，已整改到位138个。",
        "rectification"),
    "a headline opening with the feedback as its label (…巡察反馈：3家单位被点出这些问题): feedback news": (
        "厦门市纪委监委网站\n十二届市委第十二轮巡察反馈：3家单位被点出这些问题\n日前，十二届市委第十二轮巡察各巡察组完成反馈。", "feedback"),
    "a round's inspection done, its feedback still to come (巡察组将在汇报后向各被巡察单位反馈): other news": (
        "区委第一巡察组完成对区宣传文化系统9个单位的巡察\n近日，区委第一巡察组完成了对区宣传文化系统9个单位党组织的常规巡察。巡察组共发现问题63个。"
        "据悉，巡察组将在向区委书记专题会议汇报后，向各被巡察单位反馈巡察意见。",
        "other"),
    "the same in Traditional, 擬於下月向被巡察黨組織反饋巡察情況": (
        "縣委第二巡察組完成對城管系統的巡察\n縣委第二巡察組已完成對縣城管系統5個單位黨組織的常規巡察，擬於下月向被巡察黨組織反饋巡察情況。",
        "other"),
    "negative: 巡察组将发现的问题向A进行了反馈 (将 takes the problems, the feedback given): feedback news": (
        "县委第二巡察组向县城管局党组反馈巡察情况\n9月5日，县委第二巡察组将巡察发现的问题向县城管局党组进行了反馈，反馈了巡察情况。",
        "feedback"),
    # ---------------------------------------------------------------- patrols and their fixes (no Party inspection)
    "negative: a power line's 巡视 and its defects' 整改情况通报 is no rectification news": (
        "输电运检中心2023年第三季度线路巡视缺陷整改情况通报\n第三季度，各运维班组对所辖线路开展常态化巡视，发现各类缺陷126处，已消缺118处。"
        "现将巡视发现缺陷及整改情况通报如下：\n1.20号塔塔材缺失。整改情况：计划停电处理。\n2.37号档树障。整改情况：已消缺。",
        "other"),
    "negative: the same in Traditional, 河湖巡察發現問題整改銷號清單": (
        "2023年第二季度河湖巡察發現問題整改銷號清單\n縣河長辦組織對全縣主要河流開展了河湖巡察，共發現問題23個，已全部完成整改銷號。\n"
        "1.河道內堆放建築垃圾。整改情況：已完成。\n2.非法採砂遺留砂坑。整改情況：已完成。",
        "other"),
    "a unit's report on its inspection's rectification, its lead naming its party body: rectification": (
        "关于巡察反馈问题整改情况的通报\n根据统一部署，局党组认真抓好巡察反馈问题整改。\n1.理论学习不深入。整改情况：已完成。\n"
        "2.财务管理不规范。整改情况：已完成。",
        "rectification"),
    # ---------------------------------------------------------------- rectification
    "headline: progress reports published": (
        "省委第五轮巡视整改进展情况集中公布\n2023年6月,省委第五轮巡视的12个单位党组织向社会公布了巡视整改进展情况。",
        "rectification"),
    "headline: progress reports published (traditional)": (
        "市委第二輪巡察整改進展情況全部公布\n近日,市委第二輪巡察的8個單位黨組織公布了巡察整改進展情況。",
        "rectification"),
    "lead: the units published their progress": (
        "新华社北京5月8日电 5月8日,某某大学等9个单位向社会公布了巡视整改进展情况。根据统一部署,2022年巡视组反馈了巡视情况。",
        "rectification"),
    "headline: rectification work done": (
        "县交通运输局:完成巡察整改 每月通报一次进展\n在局巡察整改工作领导小组会议上,局党组书记要求抓好落实。",
        "rectification"),
    "title: a team's feedback to a unit rectified (X组巡察A反馈意见整改情况)": (
        "市委第二巡察组巡察市审计局党组反馈意见整改情况\n2023年4月至5月，市委第二巡察组对市审计局党组开展了常规巡察。", "rectification"),
    "title: the same for a county's unit, 反饋問題的整改 (Traditional)": (
        "縣委第三巡察組巡察縣林業局黨組反饋問題的整改落實情況\n根據縣委巡察工作領導小組的部署，現予公布。", "rectification"),
    "negative: a feedback whose headline asks for the problems' rectification is feedback news": (
        "县委第一巡察组向县林业局党组反馈巡察情况\n5月9日，县委第一巡察组向县林业局党组反馈巡察情况，要求抓好反馈意见整改。", "feedback"),
    "headline: rectification meeting (traditional)": (
        "市醫院召開巡視整改工作推進會\n會議聽取了巡視整改進展情況匯報,部署下一步工作。",
        "rectification"),
    "first sentence: a county pushes rectification, then tells of feedback": (
        "本报讯 城关县通过三项措施,扎实推进巡察整改工作,防止“一巡了之”。\n"
        "采取大会反馈与个别反馈相结合的方式,向被巡察单位主要负责人反馈巡察意见。",
        "rectification"),
    "first sentence: a branch's meeting on rectification": (
        "(通讯员 王明)为落实县委第二巡察组关于巡察整改工作的要求,6月3日,县医院第一党支部召开“巡察整改”专题组织生活会。",
        "rectification"),
    "first sentence: a township's rectification mobilisation (traditional)": (
        "5月6日,青石鎮召開巡察整改動員部署會議,根據區委第二巡察組反饋的問題,研究部署整改工作。",
        "rectification"),
    "lead: a list trailing off, then the unit's party group rectifying": (
        "新建油田相继投产,海外权益产量首超亿吨……记者日前从某某能源集团获悉,该集团党组坚持巡视反馈问题整改和生产经营两手抓。",
        "rectification"),
    "lead: a list trailing off, then rectifying (traditional)": (
        "新建油田相繼投產,海外權益產量首超億噸……記者日前從某某能源集團獲悉,該集團黨組堅持巡視反饋問題整改和生產經營兩手抓。",
        "rectification"),
    "lead: the unit drew up its rectification plan after the feedback": (
        "在校办企业方面,青石大学也出台了新的内控政策。据悉,青石大学在接到中央巡视组巡视通报后,"
        "制定了《关于中央巡视组专项巡视反馈意见的整改工作方案》。", "rectification"),
    "lead: a plan the feedback asks for is no rectification news": (
        "11月5日,县委第二巡察组向县水利局党组反馈巡察情况。组长要求,县水利局党组要制定整改方案,按时报送整改情况。",
        "feedback"),
    "lead: a site published a round's feedback": (
        "8月3日晚,中央纪委国家监委网站集中公布了十二届省委第五轮巡视对18家省直单位的巡视反馈情况。", "feedback"),
    "lead: a site published a round's feedback (traditional)": (
        "8月3日,省紀委監委網站公布了十二屆省委第四輪巡視情況。其中,甲市和乙市被點名。", "feedback"),
    "lead: a site published the units' rectification: not feedback news": (
        "8月3日,省纪委监委网站公布了十二届省委第四轮巡视整改进展情况。", "rectification"),
    "a measure that says it answers a feedback": (
        "某某院出台科研经费管理办法\n为落实中央第十巡视组专项巡视反馈意见,某某院近日出台科研经费管理办法。", "rectification"),
    "a measure that says it answers a feedback (traditional)": (
        "針對省委巡視組反饋的問題,某某集團近日修訂了招投標管理制度。", "rectification"),
    "a stated number of problems rectified": (
        "“新建学校3所……”县教育局负责人介绍了巡察带来的变化。\n近年来,县委巡察办开展教育领域专项巡察。"
        "截至目前,共反馈问题56个,已整改销号50个。",
        "rectification"),
    "a stated number of problems rectified (traditional)": (
        "近年來,縣委巡察辦開展專項巡察,先後向38個單位反饋,發現問題120個,其中98個問題已整改到位。",
        "rectification"),
    # ---------------------------------------------------------------- feedback
    "headline: a round's feedback published": (
        "省委第三轮巡视反馈情况公布 8个市州问题清单出炉\n日前,省委第三轮巡视8个市州的反馈情况公布。",
        "feedback"),
    "headline: a round's feedback published (traditional)": (
        "十九屆中央第二輪巡視部分反饋情況公布\n日前,中央第二輪巡視部分反饋情況向社會公布。",
        "feedback"),
    "feedback news that speaks of rectification in its first sentence": (
        "2023年5月10日,市委第二巡察组向市水利局党组反馈巡察情况,对巡察整改提出要求。",
        "feedback"),
    "feedback news asking that the rectification be published": (
        "市委第一巡察组向县财政局党组反馈巡察情况\n巡察组要求,整改情况要及时向社会公布,接受监督。",
        "feedback"),
    "feedback headline over a body that counts what was rectified on the spot": (
        "县委第三巡察组向城关镇党委反馈巡察情况\n巡察期间,城关镇立行立改,已整改问题5个。",
        "feedback"),
    "headline: a meeting named after its target, read by relations": (
        "学校党委第二巡察组巡察外国语学院党总支意见反馈会召开\n11月14日下午,学校党委第二巡察组巡察外国语学院党总支意见反馈会"
        "在行政楼召开。", "feedback"),
    "a unit's own review of its rectification (医院党委开展巡察整改“回头看”工作), under its site's name and column: rectification news": (
        "汀州市第一人民医院\n首页 > 医院新闻 > 党建动态\n医院党委开展巡察整改“回头看”工作\n"
        "10月11日，医院党委召开巡察整改“回头看”工作会议。2024年3月，市委第三巡察组向汀州市第一人民医院党委反馈了巡察意见。",
        "rectification"),
    "the same in Traditional, 集團公司扎實推進巡察整改回頭看": (
        "東淮市城市建設投資集團有限公司\n集團公司扎實推進巡察整改回頭看\n"
        "2023年6月，市委第四巡察組向東淮市城市建設投資集團有限公司黨委反饋了巡察意見。本次回頭看由集團紀委牽頭。",
        "rectification"),
    "a unit's rectification meeting headlined under its site's name (学院召开巡视整改工作动员部署会): rectification news": (
        "南华师范学院\n学院首页 > 新闻中心 > 南师要闻\n学院召开巡视整改工作动员部署会\n"
        "4月23日下午，学院召开省委巡视反馈意见整改工作动员部署会。4月19日，省委第十巡视组向南华师范学院党委反馈了巡视情况。",
        "rectification"),
    "negative: a team conducts the review (市委第三巡察组对市住建局党组开展巡察整改“回头看”): other news": (
        "市委第三巡察组对市住建局党组开展巡察整改“回头看”\n8月23日，市委第三巡察组进驻市住房和城乡建设局，对市住建局党组开展巡察整改“回头看”。",
        "other"),
    "negative: a notice on a review whose headline leaves out who conducts it (关于开展巡察整改“回头看”的授权任职通知): other news": (
        "沙河县纪委监委网站\n关于开展巡察整改“回头看”的授权任职通知\n授权严国平同志为县委第一巡察组组长，对县自然资源局党组开展“回头看”。",
        "other"),
    "negative: the county's inspection office conducts the review (县委巡察办开展巡察整改“回头看”): other news": (
        "清溪县纪委监委网站\n县委巡察办开展巡察整改“回头看”\n"
        "近日，县委巡察办抽调人员组成3个检查组，对县民政局党组等4个单位开展巡察整改“回头看”。",
        "other"),
    # ---------------------------------------------------------------- other
    "training news": (
        "县委巡察工作业务培训班开班\n3月15日,县委举办巡察业务培训,4个巡察组成员参加。", "other"),
    "entry news": (
        "市委第二巡察组进驻县民政局开展巡察\n3月20日,市委第二巡察组进驻县民政局,召开巡察工作动员会。", "other"),
    "entry news of a revisit that recalls the earlier round's feedback (…并于D反馈了巡察意见): other": (
        "市委第一巡察组对市教育和体育局党组开展巡察“回头看”\n5月13日，市委第一巡察组巡察“回头看”市教育和体育局党组工作动员会召开。"
        "2021年9月至10月，市委第三巡察组对市教育和体育局党组开展了常规巡察，并于2021年11月反馈了巡察意见。", "other"),
    "the same in Traditional, 巡察工作動員會召開 recalling 向A反饋了巡察意見": (
        "縣委第二巡察組巡察縣民政局工作動員會召開\n3月20日，縣委第二巡察組巡察縣民政局工作動員會召開。"
        "2020年，縣委第四巡察組曾向縣民政局黨組反饋了巡察意見。", "other"),
    "entry news of a rectification's revisit (进驻A开展巡察整改“回头看”) recalling the feedback: other": (
        "校党委第二巡察组进驻文学院开展巡察整改“回头看”\n4月2日，校党委第二巡察组对文学院党委开展巡察整改“回头看”工作动员会召开。"
        "2018年6月，校党委第二巡察组向文学院党委反馈了巡察意见，共反馈问题16个。", "other"),
    "negative: a headline of a feedback that says 开展巡察 too (…开展巡察情况反馈会召开): feedback": (
        "县委第二巡察组对县民政局开展巡察情况反馈会召开\n5月20日，县委第二巡察组向县民政局党组反馈了巡察情况。", "feedback"),
    "a 回头看 of the rectification is an inspection round, not rectification news": (
        "市委开展巡察整改“回头看”\n根据市委统一部署,市委第一巡察组对5个单位开展巡察整改“回头看”。", "other"),
    "a leading group's meeting that names rectification as a task": (
        "县委巡察工作领导小组会议召开 研究部署巡察整改工作\n5月6日,县委召开巡察工作领导小组会议,听取第三轮巡察情况汇报。",
        "other"),
    "a leading group's meeting that names rectification as a task (traditional)": (
        "5月6日,縣委召開巡察工作領導小組會議,聽取第三輪巡察情況匯報,研究部署巡察整改工作。", "other"),
    "the rectification's own leading group meets": (
        "集团召开巡视整改工作领导小组会议\n会议听取了巡视整改进展情况汇报。", "rectification"),
    "an audit's rectification, inspections in passing": (
        "审计查出问题整改情况的报告\n各单位结合巡视巡察,推进审计整改。", "other"),
    # ---------------------------------------------------------------- a report the lead only asks for
    "feedback headline whose lead asks for the rectification report": (
        "省委第四巡视组向某市委反馈巡视情况\n巡视组要求,某市委要认真抓好整改落实,按时向省委报送整改情况报告。",
        "feedback"),
    "feedback headline whose lead asks for the rectification report (Traditional)": (
        "省委第四巡視組向某市委反饋巡視情況\n巡視組要求,某市委要認真抓好整改落實,按時向省委報送整改情況報告。",
        "feedback"),
    "feedback news whose lead says the unit will report its rectification (把整改情况报告省委)": (
        "省委巡视组反馈:某市“作风问题突出”\n省委第二巡视组5月8日向某市委反馈巡视情况。某市委将在2个月内把整改情况报告省委并向社会公开。",
        "feedback"),
    "feedback news whose lead says the unit will report its rectification (Traditional, 「」)": (
        "省委巡視組反饋:某市「作風問題突出」\n省委第二巡視組5月8日向某市委反饋巡視情況。某市委將在2個月內把整改情況報告省委並向社會公開。",
        "feedback"),
    "feedback news whose lead asks the unit to report its rectification (将整改情况报告省委)": (
        "省委第三巡视组向某市委反馈巡视情况\n巡视办副主任要求,某市委要在两个月内将整改情况报告省委,并向社会公开。",
        "feedback"),
    "feedback news whose lead asks the unit to report its rectification (Traditional, 將)": (
        "省委第三巡視組向某市委反饋巡視情況\n巡視辦副主任要求,某市委要在兩個月內將整改情況報告省委,並向社會公開。",
        "feedback"),
    "negative: a lead that reports the rectification is rectification news": (
        "某市委关于巡视整改进展情况的通报\n根据省委统一部署,现将巡视整改进展情况予以公布。",
        "rectification"),
    "negative: 现将整改情况报告如下 is the report itself": (
        "某县委关于巡察整改情况的报告\n现将整改情况报告如下。",
        "rectification"),
    "feedback news whose speaker asks for the report to be delivered (整改情况报告应于2个月内报送)": (
        "中央巡视组反馈甲集团巡视情况\n中央第五巡视组日前向甲集团党组反馈巡视情况。组长表示,要全面整改。整改情况报告应于2个月内"
        "报送中央巡视工作领导小组。",
        "feedback"),
    "feedback news asking for the report to be delivered (Traditional, 須在)": (
        "省委第二巡視組向乙廳黨組反饋巡視情況\n省委第二巡視組向乙廳黨組反饋了巡視情況。整改報告須在規定時限內上報省委。",
        "feedback"),
    "an environmental 督察's feedback is no inspection's, whatever the related news below it": (
        "澜屿市人民政府门户网站 首页 政务公开\n省第三生态环境保护督察组向澜屿市反馈督察情况\n7月25日,省第三生态环境保护督察组向"
        "澜屿市反馈督察情况。\n相关新闻\n· 市委第一巡察组向市生态环境局党组反馈巡察情况 2024-05-20",
        "other"),
    "a unit's notice of its rectification (…巡察整改情况的公示)": (
        "某医院党委关于省卫生健康委党组巡察整改情况的公示\n省卫生健康委党组第二巡察组对我院党委进行了巡察,2024年1月17日反馈了"
        "巡察意见。部分问题整改情况如下:",
        "rectification"),
    "negative: an audit's rectification ledger under an attachment's label (附件) is none, whatever the note names": (
        "附件\n\n某县2023年度预算执行审计查出问题整改台账\n\n序号 审计查出问题 整改措施 整改情况\n1 部分项目预算编制不细化 细化预算编制 "
        "已完成\n说明:审计查出问题整改情况已纳入县委巡察监督的重点内容。",
        "other"),
    "a headline on the rectification whose lead recalls the feedback it answers": (
        "市档案馆党组巡察整改工作取得阶段性成效\n去年9月,市委第六巡察组向市档案馆党组反馈巡察意见。馆党组成立整改工作领导小组,截至目前"
        "已整改完成15个问题。", "rectification"),
    "the same, the team's feedback's rectification in the headline (Traditional)": (
        "集團黨委第三巡察組反饋問題整改情況\n集團黨委第三巡察組2023年8月向新能源公司黨委反饋問題19個。公司黨委逐項對賬銷號。",
        "rectification"),
    "negative: a headline on a feedback meeting that also opens the rectification is feedback news": (
        "县委第二巡察组向县林业局党组反馈巡察情况暨整改动员部署会召开\n6月3日,县委第二巡察组向县林业局党组反馈巡察情况。",
        "feedback"),
    "negative: a training's page whose 往期推荐 links name a rectification count (已整改问题42个) is no rectification news": (
        "全省巡视巡察干部业务能力提升培训班开班\n5月22日至24日，全省巡视巡察干部业务能力提升培训班在省委党校举办。省委巡视办负责同志"
        "出席开班式并作动员讲话。\n往期推荐\n省委第一巡视组向云陵市委反馈巡视情况\n省委巡视整改进展｜省教育厅党组：已整改问题42个\n",
        "other"),
    "negative: the same in Traditional, 相關閱讀 links": (
        "全市巡察幹部培訓班舉辦\n6月3日，全市巡察幹部培訓班在市委黨校舉辦。\n相關閱讀\n縣委巡察整改進展｜縣水利局黨組：已完成整改18個\n",
        "other"),
    "the page's own count of problems rectified (已整改问题42个) still makes rectification news": (
        "省教育厅党组巡视整改工作推进会召开\n5月22日，省教育厅党组召开会议。截至目前，已整改问题42个，正在整改6个。\n",
        "rectification"),
    "a site's name above the headline (央视新闻), the title under its column's label (巡视反馈丨…): feedback news": (
        "央视新闻\n巡视反馈丨34家中管企业被点出哪些问题？一文速览\n2025年01月25日 10:12　　央视新闻客户端\n近日，二十届中央第四轮巡视的"
        "15个中央巡视组完成对34家中管企业党组（党委）的巡视反馈。以下为部分企业反馈要点：\n【中国石油】中央第一巡视组指出，中国石油党组"
        "服务保障国家能源安全存在短板；深化改革攻坚有差距。\n",
        "feedback"),
    "the same in Traditional, 完成了對…的巡視反饋 in the lead": (
        "某某新聞\n中央巡視組完成新一輪反饋\n近日，中央巡視組完成了對15家中央單位黨組的巡視反饋，指出了存在的問題。\n",
        "feedback"),
    "negative: a headline naming 巡视反馈 as what a meeting studies is no feedback news (学习巡视反馈意见)": (
        "市委召开常委会会议\n会议传达学习中央巡视反馈意见精神，研究部署整改工作。会议强调，要以整改实效取信于民。\n",
        "other"),
    "a sidebar's tagged link above the headline (【公告】…整改情况公开的说明⏎X会议听取巡察情况汇报⏎发布时间：…): other news": (
        "槐阳党建网\n首页 | 巡察工作 | 纪检监察\n【公告】关于十四届县委第五轮巡察反馈意见整改情况公开的说明\n"
        "县委巡察工作领导小组召开会议听取第五轮巡察情况汇报\n发布时间：2023年12月07日　来源：县委巡察办\n"
        "12月5日，县委巡察工作领导小组召开会议，听取第五轮巡察情况汇报。本轮巡察，县委3个巡察组对县统计局党组、县总工会党组开展了常规巡察。",
        "other"),
    "the same in Traditional, bulleted links under 通知公告 above the headline (· 整改公開): other news": (
        "南嶺師範學院 黨委巡察工作辦公室\n首頁　機構設置　工作動態　巡察整改\n通知公告\n· 關於公布巡察整改情況的公告\n· 校內巡察工作規定\n"
        "校黨委第二巡察組巡察外國語學院黨委工作動員會召開\n發布者：巡察辦　發布時間：2023-10-16\n"
        "10月13日下午，校黨委第二巡察組巡察外國語學院黨委工作動員會召開。",
        "other"),
    "negative: 热点排行 above an entry news lists other pages' feedback (1 市委第五巡察组向A反馈…): other news": (
        "北湖市纪委监委网站\n市委第一巡察组对市公积金中心党组开展巡察“回头看”\n发布时间：【2022-11-03】\n热点排行\n"
        "1 市委第五巡察组向市民政局党组反馈巡察情况\n2 市委第二巡察组进驻市商务局\n"
        "11月1日，市委第一巡察组对市住房公积金管理中心党组开展巡察“回头看”工作动员会召开。",
        "other"),
    "negative: the headline right above its metadata line is read however the lines above it run (feedback news)": (
        "县纪委监委网站\n首页 > 巡察工作\n县委第二巡察组向县水利局党组反馈巡察情况\n发布时间：2024-05-06　来源：县委巡察办\n"
        "5月5日，县委第二巡察组向县水利局党组反馈了巡察情况。",
        "feedback"),
    "a county secretary's 述职报告 that tells the city's feedback to the county among its year's work: other": (
        "县委书记2023年度述职报告\n一年来，在市委的坚强领导下……4月10日，市委第一巡察组向县委反馈了巡察情况，县委照单全收、全面整改。",
        "other"),
    "the same in Traditional, a group's 社會責任報告 telling its own feedback: other": (
        "青嵐能源集團2023年社會責任報告\n今年5月，省委第二巡視組向集團黨委反饋了巡視情況，集團黨委制定整改方案。",
        "other"),
    "negative: a 工作总结会 of a round's feedback named in the title (X巡察反馈工作总结会): feedback news stays": (
        "县委第三轮巡察集中反馈会召开\n5月6日，县委第一巡察组向县水利局党组反馈了巡察情况。",
        "feedback"),
    "a leading group hears a round's reports and demands its feedback (各巡视组要尽快向被巡视党组织反馈巡视意见): other news": (
        "省委巡视工作领导小组召开会议听取第一轮巡视情况汇报\n7月2日，省委巡视工作领导小组召开会议，听取第一轮巡视情况汇报。"
        "巡视发现，一些单位落实主体责任不够到位；有的单位选人用人把关不严。会议要求，各巡视组要尽快向被巡视党组织反馈巡视意见，点准问题、点到要害。",
        "other"),
    "the same in Traditional, a standing committee's meeting (要做好巡察反饋工作 / 應及時反饋巡察意見): other news": (
        "縣委常委會召開2020年第22次會議\n9月17日，縣委常委會召開會議。會議聽取了縣委第九輪巡察情況匯報。會議要求，要做好巡察反饋工作，"
        "各巡察組應及時向被巡察黨組織反饋巡察意見。",
        "other"),
    "negative: a team fed back to a unit's 主要负责人 (主要, not a demand): feedback news": (
        "县委第二巡察组向县财政局党组反馈巡察情况\n10月21日，县委第二巡察组向县财政局党组主要负责人反馈巡察情况。",
        "feedback"),
    "a notice of accountability for a poor rectification (关于…巡察整改不力问题的通报): other news, a case it cites": (
        "关于会川镇原党委委员、副镇长王某某巡察整改不力问题的通报\n2021年6月，县委第二巡察组对会川镇党委开展巡察时指出，该镇存在"
        "农村饮水安全工程管护不到位问题。王某某对整改工作敷衍应付，在整改台账中填报“已完成”。",
        "other"),
    "the same in Traditional, 市紀委市監委通報3起巡察整改不力典型問題": (
        "市紀委市監委通報3起巡察整改不力典型問題\n1.松門鎮黨委落實巡察整改主體責任不力問題。2018年7月，市委第一巡察組對松門鎮黨委開展巡察時發現，"
        "該鎮存在村級工程項目管理不規範、集體資產出租未公開招標等問題。巡察反饋後，該鎮黨委整改措施流於形式。",
        "other"),
    "negative: 关于巡察整改进展情况的通报 (a report of the rectification itself, no accountability): rectification": (
        "中共会川镇委员会关于巡察整改进展情况的通报\n2021年6月，县委第二巡察组对会川镇党委开展了巡察。7月20日，县委第二巡察组向会川镇党委"
        "反馈了巡察意见。现将整改进展情况予以公布。",
        "rectification"),
    "the press: 网站前日起集中公布…对A、B四省“回头看”的整改情况 (news of reports published, the units between): rectification": (
        "四省整改公开\n中纪委网站前日起集中公布中央第十轮巡视对辽宁、安徽、山东、湖南四省“回头看”的整改情况。"
        "9月，各巡视组向四省反馈情况。", "rectification"),
    "the same in Traditional, 網站連日公布…對A、B的整改情況": (
        "央企整改公開\n中紀委網站連日公布中央第十二輪巡視對中國移動、中國電信等單位的整改情況。各巡視組6月向各單位反饋。",
        "rectification"),
    "negative: 要及时公布…的整改情况 (a demand at a feedback): feedback news": (
        "市委第二巡察组向市水务局党组反馈巡察情况\n市委第二巡察组向市水务局党组反馈巡察情况，要求及时公布对本次巡察反馈意见的整改情况。",
        "feedback"),
    "省委常委会召开会议 认真学习中央巡视组反馈意见 研究部署整改落实工作 (the feedback studied, its rectification deployed): rectification": (
        "省委常委会召开会议 认真学习中央巡视组反馈意见 研究部署整改落实工作\n8月31日，省委常委会召开会议，认真学习中央第九巡视组反馈意见，"
        "研究部署整改落实工作。", "rectification"),
    "the same in Traditional, 傳達學習省委巡視組反饋意見 推動整改落實": (
        "市委常委會傳達學習省委巡視組反饋意見 推動整改落實\n市委常委會召開會議，傳達學習省委第三巡視組反饋意見，推動整改落實。", "rectification"),
    "a round's 动员部署会 whose lead recalls the last round's feedback (the beginning of a round): other": (
        "市委第十一轮巡察工作动员部署会召开\n9月3日，八届市委第十一轮巡察工作动员部署会召开。会议指出，第十轮巡察结束后，各巡察组已于7月下旬"
        "向市农业农村局、市水利局等4个单位党组织反馈了巡察意见，共反馈问题168个。", "other"),
    "the same in Traditional, 巡視工作動員部署大會召開": (
        "省委第十輪巡視工作動員部署大會召開\n3月28日，省委第十輪巡視工作動員部署大會召開。會議通報了上一輪巡視反饋情況，省委第一巡視組向省財政廳黨組反饋了巡視意見。",
        "other"),
    "negative: 巡察整改动员部署会召开 (a rectification's mobilisation): rectification": (
        "县林业局召开巡察整改动员部署会\n9月8日，县林业局召开巡察整改动员部署会，传达县委第二巡察组反馈意见，对整改工作作出部署。", "rectification"),
    "a round's feedback news asking for 整改情况报告和公开制度 (the rules joined, no report): feedback news": (
        "县委2022年第二轮巡察集中反馈\n9月2日上午，县委第一、第二、第三巡察组分别向甲镇党委、乙镇党委、丙街道党工委反馈巡察情况。"
        "反馈会强调，要严格落实整改情况报告和公开制度。", "feedback"),
    "the same in Traditional, 嚴格執行整改情況報告及公開機制": (
        "縣委第二輪巡察集中反饋\n9月2日，縣委第一巡察組向甲鎮黨委反饋巡察情況。反饋會強調，要嚴格執行整改情況報告及公開機制。", "feedback"),
    "a feedback's demand: 要严格执行整改报告制度，按时报送整改报告 (the rule that asks for a report, no report): feedback news": (
        "区委第一巡察组向区城市管理执法局党组反馈巡察情况\n12月5日，区委第一巡察组向区城市管理执法局党组反馈巡察情况。"
        "区委巡察工作领导小组成员指出，要严格执行整改报告制度，按时报送整改报告。", "feedback"),
    "the same in Traditional, 要落實整改情況報告機制": (
        "縣委第二巡察組向縣林業局黨組反饋巡察情況\n6月5日，縣委第二巡察組向縣林業局黨組反饋巡察情況。"
        "縣委巡察辦主任要求，要落實整改情況報告機制，按期完成整改。", "feedback"),
}

PUBLISHED: dict[str, tuple[str, str | None]] = {
    "negative: a search page's items each with its 发布时间 give the page no date": (
        "首页 > 搜索结果\n1. 集团党委第二巡察组进驻甲物流公司\n  3月12日,第二巡察组进驻甲物流公司党委。\n  发布时间:2024-03-13\n"
        "2. 集团党委第一巡察组向乙置业公司党委反馈巡察情况\n  6月5日,第一巡察组反馈巡察情况。\n  发布时间:2024-06-06\n"
        "3. 集团纪委举办巡察干部培训班\n  发布时间:2024-03-04",
        None),
    "negative: a bulleted title with its date is no publisher, the last one no signature (Traditional)": (
        "【巡察進駐】\n◆總行黨委第一巡察組進駐江北分行    2025-03-11\n3月10日,總行黨委第一巡察組進駐江北分行黨委。\n"
        "◆臨港分行黨委召開巡察反饋會    2025-06-09",
        None),
    "a header line that opens with the date and time": (
        "市委第三巡察组向县民政局党组反馈巡察情况\n2021-03-05 10:12:30 县纪委监委网站 参与评论()人\n根据市委部署,巡察组反馈了巡察情况。",
        "2021-03-05"),
    "a header line that opens with a slashed date and names the author": (
        "省委第二巡视组进驻某县开展巡视\n2012/9/3 作者 张明\n按照省委安排,省委第二巡视组3日开始对该县开展巡视。",
        "2012-09-03"),
    "a day-first dotted date line": (
        "县委巡察组向县林业局党组反馈巡察意见\n05.07.2019 09:30\n根据县委部署,县委巡察组反馈了巡察意见。",
        "2019-07-05"),
    "a ruling dated in Chinese numerals, its clerk signing after the date": (
        "某某市中级人民法院\n刑 事 裁 定 书\n驳回上诉,维持原判。\n审判长 郑国梁\n审判员 何小燕\n二〇二三年五月八日\n书记员 罗晓峰",
        "2023-05-08"),
    "a ruling dated in Chinese numerals, its clerk signing after the date (Traditional)": (
        "某某市中級人民法院\n刑 事 裁 定 書\n駁回上訴,維持原判。\n審判長 鄭國梁\n審判員 何小燕\n二〇二三年五月八日\n書記員 羅曉峰",
        "2023-05-08"),
    "a line of prose after the date ends the signature block": (
        "某某市中级人民法院\n驳回上诉,维持原判。\n二〇二三年五月八日\n本院将依法执行本裁定并通知各方当事人。",
        None),
    "a signature whose 日 the page's end cut off": (
        "巡视公告\n根据省委部署,省委第一巡视组对某市开展专项巡视。\n省委第一巡视组\n2022年3月8",
        "2022-03-08"),
    "a section label before the keys": (
        "市委第四轮巡察完成进驻\n工作动态 时间:2023年05月06日 来源:某某日报\n根据市委统一部署,4个巡察组完成进驻。",
        "2023-05-06"),
    "a section label before the keys (traditional)": (
        "市委第四輪巡察完成進駐\n要聞 時間:2023年05月06日 來源:某某日報\n根據市委統一部署,4個巡察組完成進駐。",
        "2023-05-06"),
    "a yearless dateline placed by the year the text names": (
        "某某网5月20日讯(通讯员 李明)5月19日,县委开展巡察业务培训,为2019年首轮巡察做准备。",
        "2019-05-20"),
    "an image's file name above the headline is not the title, and the date line below is read": (
        "微信截图_20230101120000.jpg\n省委巡视整改进展情况公布\n2022-04-18 07:10:00 来源:某某网\n据悉,各单位公布了整改进展。",
        "2022-04-18"),
    "a date key written without its colon": (
        "县委第一巡察组向县水务局党组反馈巡察情况\n发布时间 2023-04-07 浏览次数 120\n根据县委部署,巡察组反馈了巡察情况。",
        "2023-04-07"),
    "a date key written without its colon (traditional)": (
        "縣委第一巡察組向縣水務局黨組反饋巡察情況\n發布時間 2023-04-07\n根據縣委部署,巡察組反饋了巡察情況。",
        "2023-04-07"),
    "an update time is the page's date when it gives no other": (
        "市委巡察办:第三轮巡察反馈完成\n更新时间:2022-11-03 来源:市委巡察办\n日前,各巡察组完成反馈。", "2022-11-03"),
    "a signature dated in Chinese numerals, with a note under it": (
        "关于巡察整改进展情况的通报\n根据县委统一部署,县委第二巡察组对我局进行了巡察。\n中共某县水利局党组\n二〇二三年四月七日\n(此件公开发布)",
        "2023-04-07"),
    "a date line in brackets": (
        "市委第二巡察组向市档案馆党组反馈巡察情况\n【2023-04-07 10:30】\n根据市委部署,巡察组反馈了巡察情况。", "2023-04-07"),
    "a date key in a table's cell": (
        "标题 | 市委第一巡察组向市统计局党组反馈巡察情况\n发布日期 | 2023-04-07\n根据市委部署,巡察组反馈了巡察情况。", "2023-04-07"),
    "a news page that closes with its date": (
        "县委第三巡察组向县商务局党组反馈巡察情况\n根据县委部署,县委第三巡察组向县商务局党组反馈了巡察情况。\n(县委巡察办)\n2023-04-07",
        "2023-04-07"),
    "a publisher and its date before the bracketed font-size field": (
        "某网  2025年3月4日  【字号:大 中 小】\n\n【某报讯】记者李明报道:市委第二巡察组向县委反馈巡察情况。",
        "2025-03-04"),
    "a publisher and its date before the bracketed font-size field (Traditional)": (
        "某網  2025年3月4日  【字號:大 中 小】\n\n【某報訊】記者李明報道:市委第二巡察組向縣委反饋巡察情況。",
        "2025-03-04"),
    # negatives
    "a publisher before the bracketed font-size field, no date": (
        "某网  【字号:大 中 小】\n\n【某报讯】市委第二巡察组3月4日向县委反馈巡察情况。", None),
    "a dated sentence under the title is the body, not a header": (
        "市委巡察组反馈巡察情况\n2023年5月6日 市委第二巡察组向县委反馈了巡察情况。", None),
    "a long phrase before a key is not a label": (
        "市委巡察组召开见面会\n根据市委统一部署 时间:2021年5月6日至7月\n巡察组开展巡察。", None),
    "a day-first date inside a sentence is not the page date": (
        "县委巡察组反馈巡察情况\n根据部署,巡察组于05.07.2019反馈了巡察意见。", None),
    "a Hong Kong site's 出版: line": (
        "香港01\n即時中國\n市委巡察組集中反饋\n撰文:何嘉穎\n出版:2025-06-12 17:40 更新:2025-06-12 17:40\n\n據市紀委監委網站消息,"
        "6月9日至11日,市委4個巡察組集中反饋巡察情況。", "2025-06-12"),
    "a headline that reads like a sentence, then the 发布时间 line": (
        "11月20日，省分行党委第一巡察组向甲市分行党委反馈巡察情况\n发布时间：2025-11-24　来源：某银行\n根据部署，巡察组"
        "反馈了巡察情况。", "2025-11-24"),
    "a date line under the headline with its weekday in brackets and its time": (
        "某日报\n首页 > 新闻\n市委巡察组集中反馈巡察情况\n2023年9月28日(星期四) 18:45\n市委第二巡察组向县委反馈了巡察情况。",
        "2023-09-28"),
    "a date line with the time it was updated, in brackets (Traditional)": (
        "中央社\n中共巡視組反饋甘肅\n2023/10/19 14:30(10/19 16:05 更新)\n分享  列印\n(中央社台北19日電)中央第三巡視組日前向甘肅省委"
        "反饋巡視情況。", "2023-10-19"),
    "negative: a date in brackets that is not an update is no date line": (
        "市委巡察组集中反馈巡察情况\n2023年9月28日(本报讯) 市委第二巡察组向县委反馈了巡察情况。", None),
    "a date line with its weekday under the headline is the page's (not the site's clock)": (
        "某报\n首页 > 中国 > 时事\n中央巡视组进驻五省区\n2019年8月14日 星期三\n【本报讯】十九届中央第四轮巡视日前完成进驻。",
        "2019-08-14"),
    "negative: the site's clock above its name and the headline dates nothing": (
        "2021年4月30日 星期五\n某市纪委监委网站\n市委第二巡察组向县委反馈巡察情况\n市委第二巡察组向县委反馈了巡察情况。", None),
    "negative: the clock under a site's name is still the clock (Traditional)": (
        "某市紀委監委網站\n2021年4月30日 星期五\n市委第二巡察組向縣委反饋巡察情況\n市委第二巡察組向縣委反饋了巡察情況。", None),
}
