"""People and their posts as the genre writes them: one row per phrasing, Simplified and Traditional side by
side, negative phrasings among them.

Each row is ``(text, people, posts)``: ``people`` is exactly the set of names the text must give, ``posts``
exactly its memberships as (person, role, organisation), the organisation ``None`` where the text names
none. Names, places and units are made up for the table.
"""
from __future__ import annotations

Row = tuple[str, set[str], set[tuple[str, str, str | None]]]

ROWS: dict[str, Row] = {
    # ---------------------------------------------------------------- a post written after the name
    "addressed by post after punctuation": (
        "传达了上级精神、宋立群书记的讲话要求。",
        {"宋立群"}, {("宋立群", "书记", None)}),
    "addressed by post after 以及 (traditional)": (
        "會議傳達了習近平總書記重要論述,以及韓志遠書記的講話精神。",
        {"习近平", "韩志远"}, {("习近平", "总书记", None), ("韩志远", "书记", None)}),
    "addressed teacher": (
        "培训班上,邵明辉老师作专题辅导。",
        {"邵明辉"}, {("邵明辉", "老师", None)}),
    "addressed again after the full post: one post": (
        "县委第二巡察组组长丁海涛代表巡察组反馈意见。丁海涛组长指出,要抓好整改。",
        {"丁海涛"}, {("丁海涛", "组长", "县委第二巡察组")}),
    "addressed as 书记 after 副书记: one post": (
        "镇党委副书记马文亮主持会议。马文亮书记要求,立行立改。",
        {"马文亮"}, {("马文亮", "党委副书记", "镇党委")}),
    "addressed by a deputy's post": (
        "李晓春副组长指出,要抓好整改;王海常务副主任强调,要立行立改。",
        {"李晓春", "王海"}, {("李晓春", "副组长", None), ("王海", "常务副主任", None)}),
    "a two-character name before a word its given name's last character could open (韩斌陪同: 陪同, not 同)": (
        "校党委书记周启航、校长韩斌陪同调研。",
        {"周启航", "韩斌"}, {("周启航", "党委书记", "校党委"), ("韩斌", "校长", None)}),
    "the same in Traditional, a three-character name before a word that opens after it (王志強調研)": (
        "副組長王志強調研了三個村。",
        {"王志强"}, {("王志强", "副组长", None)}),
    "a name ending in 为 before 向 (组长贾立为向…反馈: 为 no verb there), Simplified and Traditional": (
        "中央第六巡视组组长贾立为向华东银行党委书记、董事长邹明远反馈了巡视情况。縣委第二巡察組組長宋國為向縣林業局黨組反饋。",
        {"贾立为", "邹明远", "宋国为"}, {("贾立为", "组长", "中央第六巡视组"), ("邹明远", "党委书记", "华东银行党委"),
                                       ("邹明远", "董事长", "华东银行"), ("宋国为", "组长", "县委第二巡察组")}),
    "negative: 为 a verb after a name (任命某某为组长 / 某某为对口帮扶村…): a two-character name": (
        "决定任命邱明为市委第二巡察组组长。县委书记姚军为对口帮扶村送去物资。",
        {"邱明", "姚军"}, {("邱明", "组长", "市委第二巡察组"), ("姚军", "县委书记", "县委")}),
    "a rank in brackets after a name is no post (高某(副部长级))": (
        "中央第五巡视组组长贺建新(副部长级)出席。",
        {"贺建新"}, {("贺建新", "组长", "中央第五巡视组")}),
    "a name before the adverb 先 (组长何某先向…反馈) and before 讲解": (
        "县委第四巡察组组长何建明先向镇党委反馈。市委巡察办副主任江雪讲解了组织流程。",
        {"何建明", "江雪"}, {("何建明", "组长", "县委第四巡察组"), ("江雪", "巡察办副主任", "市委巡察办")}),
    "a photographer credited before the name (摄：某某), Traditional": (
        "通訊員：周書琪　攝：劉一鳴\n",
        {"周书琪", "刘一鸣"}, {("周书琪", "通讯员", None), ("刘一鸣", "摄", None)}),
    "negative: a village before 书记 is no name": (
        "会后,张庄村书记、支部书记和李家书记作了发言。",
        set(), set()),
    "negative: a surname alone before the post": (
        "王书记、陈主任出席了会议。",
        set(), set()),

    # ---------------------------------------------------------------- credit lines
    "author and photo by one person": (
        "文/图 钱晓峰\n",
        {"钱晓峰"}, {("钱晓峰", "作者", None)}),
    "photo credit after the name, with the outlet": (
        "巡视组召开反馈会议(县融媒体中心 沈佳琪 摄)\n",
        {"沈佳琪"}, {("沈佳琪", "摄", "县融媒体中心")}),
    "photo credit after a slash (traditional)": (
        "反饋會議現場。 曹麗萍/攝\n",
        {"曹丽萍"}, {("曹丽萍", "摄", None)}),
    "reporter after the source line": (
        "来源:江城晚报 记者 蒋文韬\n",
        {"蒋文韬"}, {("蒋文韬", "记者", "江城晚报")}),
    "reviewers one to three": (
        "一审:谭晓雯\n二审:范国栋\n三审:廖红霞\n",
        {"谭晓雯", "范国栋", "廖红霞"},
        {("谭晓雯", "一审", None), ("范国栋", "二审", None), ("廖红霞", "三审", None)}),
    "short editor credit with two names": (
        "责编:袁丽 邓浩然\n",
        {"袁丽", "邓浩然"}, {("袁丽", "责编", None), ("邓浩然", "责编", None)}),
    "editor in charge (traditional)": (
        "責任編輯:鍾雅婷\n",
        {"钟雅婷"}, {("钟雅婷", "责任编辑", None)}),
    "reporter and correspondent in a dateline": (
        "本报讯(记者 姚建华 通讯员 覃思敏)近日,县委巡察组召开反馈会。",
        {"姚建华", "覃思敏"}, {("姚建华", "记者", None), ("覃思敏", "通讯员", None)}),
    "names in a dateline with no role and no space (traditional)": (
        "本報訊(龔德勝賴小玲)縣委巡察組近日召開反饋會。",
        {"龚德胜", "赖小玲"}, set()),
    "editor in chief and reviewer on one line": (
        "主编:段雨桐 审核:潘晓明\n",
        {"段雨桐", "潘晓明"}, {("段雨桐", "主编", None), ("潘晓明", "审核", None)}),
    "text by a reporter, then a correspondent whose name ends in 月": (
        "文/记者 伍立强 通讯员 祝明月\n",
        {"伍立强", "祝明月"}, {("伍立强", "记者", None), ("祝明月", "通讯员", None)}),
    "names in a news site's dateline": (
        "江城新闻网讯（周立新 吴晓）近日,县委巡察组召开反馈会。",
        {"周立新", "吴晓"}, set()),
    "names in a dated station's dateline": (
        "县电视台3月16日讯(覃海波、韦丽)近日,县委巡察组召开反馈会。",
        {"覃海波", "韦丽"}, set()),
    "negative: a photo word in a sentence": (
        "巡察组查看了航拍摄影资料和监控录像。",
        set(), set()),

    # ---------------------------------------------------------------- several names after one post
    "deputies listed after one post": (
        "省委第五巡视组组长魏振东,副组长孟和清、苗春燕出席会议。",
        {"魏振东", "孟和清", "苗春燕"},
        {("魏振东", "组长", "省委第五巡视组"), ("孟和清", "副组长", "省委第五巡视组"),
         ("苗春燕", "副组长", "省委第五巡视组")}),
    "a given name ending in 和 before a verb: 和 is the name's": (
        "县委第五巡察组组长覃兆和反馈了巡察情况,副组长文清和参加会议。",
        {"覃兆和", "文清和"}, {("覃兆和", "组长", "县委第五巡察组"), ("文清和", "副组长", "县委第五巡察组")}),
    "a given name ending in 和 before 、 and another post (Traditional)": (
        "區委書記楊永和、區長鄧曉梅多次帶隊督導整改。",
        {"杨永和", "邓晓梅"}, {("杨永和", "区委书记", "区委"), ("邓晓梅", "区长", "区政府")}),
    "a résumé opens with the name, the sex and the nation (a notice's numbered entries)": (
        "1.郝立勋,男,汉族,1968年10月生,研究生学历。\n2．庞晓雯，女，1976年3月生，大学学历。",
        {"郝立勋", "庞晓雯"}, set()),
    "a résumé's posts: 现任 a chain sharing its committee, 曾任, 拟任; not a rank (正厅长级)": (
        "邹建平,男,汉族,1969年11月生,大学学历。现任雁川市委常委,市纪委书记、市监委主任(正厅长级),曾任中央第三巡视组副组长。"
        "拟任省委巡视办副主任。",
        {"邹建平"}, {("邹建平", "市委常委", "雁川市委"), ("邹建平", "市纪委书记", "雁川市纪委"), ("邹建平", "市监委主任", "雁川市监委"),
                   ("邹建平", "副组长", "中央第三巡视组"), ("邹建平", "巡视办副主任", "省委巡视办")}),
    "a résumé opens with the name (Traditional), its post held": (
        "韓立峰,男,漢族,1971年9月生,在職研究生學歷。現任省教育廳副廳長。",
        {"韩立峰"}, {("韩立峰", "副厅长", "省教育厅")}),
    "negative: the sex of a group (男,女各半) names no one": (
        "参训学员共56人,男,女各半。",
        set(), set()),
    "an official under investigation: the name before 涉嫌, its posts before it (原 dropped)": (
        "中国华岳能源集团有限公司原党组成员、副总经理雷振邦涉嫌严重违纪违法。",
        {"雷振邦"}, {("雷振邦", "党组成员", "中国华岳能源集团有限公司党组"), ("雷振邦", "副总经理", "中国华岳能源集团有限公司")}),
    "an official under investigation (Traditional): 接受審查": (
        "華嶽能源集團原副總經理雷振邦接受審查。",
        {"雷振邦"}, {("雷振邦", "副总经理", "华岳能源集团")}),
    "a second official under investigation the same day (Hong Kong Traditional): the name before 亦被查": (
        "同日,衡嶽市衞生健康委員會副主任梁振宇亦被查。",
        {"梁振宇"}, {("梁振宇", "副主任", "衡岳市卫生健康委员会")}),
    "a stationed group named with the commission that stations it, a chain of posts through it": (
        "部党组成员、中央纪委国家监委驻部纪检监察组组长朱慧敏出席会议。",
        {"朱慧敏"}, {("朱慧敏", "党组成员", "部党组"), ("朱慧敏", "纪检监察组组长", "中央纪委国家监委驻部纪检监察组")}),
    "the same in Traditional, a province's commission": (
        "省委常委、省紀委監委駐省教育廳紀檢監察組組長朱慧敏出席會議。",
        {"朱慧敏"}, {("朱慧敏", "省委常委", "省委"), ("朱慧敏", "纪检监察组组长", "省纪委监委驻省教育厅纪检监察组")}),
    "a county's committee for the work of a zone keeps its suffix in the post (工作委员会主任)": (
        "县工业园工作委员会主任梁振宇出席会议。",
        {"梁振宇"}, {("梁振宇", "工作委员会主任", "县工业园工作委员会")}),
    "a bank's board hiring (Traditional): 聘任某某為…": (
        "董事會決定聘任吳家棟為江海銀行副行長。",
        {"吴家栋"}, {("吴家栋", "副行长", "江海银行")}),
    "names before a meeting's talk and a study session's reading (座谈, 领学)": (
        "与巡视组组长郑海涛、副组长林慧芬座谈交流。局党组成员、副局长胡玉洁领学条例主要内容。",
        {"郑海涛", "林慧芬", "胡玉洁"}, {("郑海涛", "组长", "巡视组"), ("林慧芬", "副组长", "巡视组"), ("胡玉洁", "党组成员", "局党组"),
                                       ("胡玉洁", "副局长", None)}),
    "two leaders joined by 或 (组长某某或副组长某某向…反馈)": (
        "每场反馈会上,巡察组组长钟国强或副组长邹燕向村(社区)“两委”班子成员反馈巡察发现的问题。",
        {"钟国强", "邹燕"}, {("钟国强", "组长", "巡察组"), ("邹燕", "副组长", "巡察组")}),
    "an appointment: 任命某某为…, its posts after 为": (
        "会议决定任命贺文渊同志为霁州市教育局局长。",
        {"贺文渊"}, {("贺文渊", "局长", "霁州市教育局")}),
    "an appointment (Traditional): 任命某某為…": (
        "會議決定任命賀文淵為霽州市教育局局長。",
        {"贺文渊"}, {("贺文渊", "局长", "霁州市教育局")}),
    "deputies joined by 和": (
        "省委第六巡视组副组长刘明远和张晓宁出席会议。",
        {"刘明远", "张晓宁"}, {("刘明远", "副组长", "省委第六巡视组"), ("张晓宁", "副组长", "省委第六巡视组")}),
    "Cantonese surnames after a post (区, 冼, 欧阳)": (
        "市委第二巡察组组长区志强主持会议,副组长欧阳明、冼伟强参加。",
        {"区志强", "欧阳明", "冼伟强"},
        {("区志强", "组长", "市委第二巡察组"), ("欧阳明", "副组长", "市委第二巡察组"), ("冼伟强", "副组长", "市委第二巡察组")}),
    "the surname 区 in a Hong Kong reprint": (
        "區委第一巡察組組長區嘉文向區教育局黨組反饋巡察情況。",
        {"区嘉文"}, {("区嘉文", "组长", "区委第一巡察组")}),
    "negative: 区 after a post opens a unit, not a name": (
        "县委书记、区委副书记出席会议,区长区委常委会议上作了部署。",
        set(), set()),
    "a table of the team, heads spaced out and names after a colon and spaces": (
        "组  长：张建平\n副组长： 李晓红\n成  员：王小明、赵丽\n",
        {"张建平", "李晓红", "王小明", "赵丽"},
        {("张建平", "组长", None), ("李晓红", "副组长", None), ("王小明", "成员", None), ("赵丽", "成员", None)}),
    # ---------------------------------------------------------------- tables flattened into text (kg/extract/tables.py)
    "a tabbed table's 组长 and 副组长 columns: posts in the row's team, a merged row's too": (
        "组别\t组长\t副组长\t被巡察单位\n县委第一巡察组\t钱立新\t孔晓\t县商务局党组\n\t\t\t县农机中心党组\n"
        "县委第二巡察组\t严冬\t蒋梅\t甲镇党委",
        {"钱立新", "孔晓", "严冬", "蒋梅"},
        {("钱立新", "组长", "县委第一巡察组"), ("孔晓", "副组长", "县委第一巡察组"),
         ("严冬", "组长", "县委第二巡察组"), ("蒋梅", "副组长", "县委第二巡察组")}),
    "a table one cell a line: the leader columns' posts in the row's team (traditional)": (
        "組別\n組長\n副組長\n被巡察黨組織\n州委第一巡察組\n陶然\n石青\n州民政局黨組\n州委第二巡察組\n包強\n文靜\n州醫院黨委",
        {"陶然", "石青", "包强", "文静"},
        {("陶然", "组长", "州委第一巡察组"), ("石青", "副组长", "州委第一巡察组"),
         ("包强", "组长", "州委第二巡察组"), ("文静", "副组长", "州委第二巡察组")}),
    "a roster: each row's post at its unit": (
        "序号 单位 姓名 职务\n1 县委巡察办 韩雪 副主任\n2 县财政局 卢光明 监督检查科科长\n3 甲镇纪委 姚丹 纪检监察员",
        {"韩雪", "卢光明", "姚丹"},
        {("韩雪", "副主任", "县委巡察办"), ("卢光明", "监督检查科科长", "县财政局"), ("姚丹", "纪检监察员", "甲镇纪委")}),
    "a roster (traditional)": (
        "序號 單位 姓名 職務\n1 縣委巡察辦 韓雪 副主任\n2 縣財政局 盧光明 科長",
        {"韩雪", "卢光明"}, {("韩雪", "副主任", "县委巡察办"), ("卢光明", "科长", "县财政局")}),
    "negative: a table's name column holding no name gives no person": (
        "组别\t组长\t被巡察单位\n县委第三巡察组\t待定\t县统计局党组",
        set(), set()),
    "names listed before 等同志 (traditional)": (
        "張建華、李秀英等同志參加會議。",
        {"张建华", "李秀英"}, set()),
    "a name before what a speaker does": (
        "会上,王立军作表态发言。",
        {"王立军"}, set()),
    "negative: bodies that speak, and 和 before a body": (
        "会议作出部署,单位作报告,纪委作部署。书记张三和全体党员参加,组长李四与被巡察单位座谈。",
        {"张三", "李四"}, {("张三", "书记", None), ("李四", "组长", None)}),
    "team members listed after 组员 (traditional)": (
        "學校黨委第二巡察組組長龍海燕,組員彭建軍、蘇小紅、任志遠參加會議。",
        {"龙海燕", "彭建军", "苏小红", "任志远"},
        {("龙海燕", "组长", "学校党委第二巡察组"), ("彭建军", "组员", "学校党委第二巡察组"),
         ("苏小红", "组员", "学校党委第二巡察组"), ("任志远", "组员", "学校党委第二巡察组")}),
    "liaison and executive deputy head": (
        "会议由领导小组常务副组长熊国华主持,联络员雷晓东作说明。",
        {"熊国华", "雷晓东"}, {("熊国华", "领导小组常务副组长", "领导小组"), ("雷晓东", "联络员", None)}),
    "names before 等 and the leaders they stand for": (
        "县委书记汪立新主持会议;黎明辉、戴红梅、万能贵等县四家班子领导出席。",
        {"汪立新", "黎明辉", "戴红梅", "万能贵"},
        {("汪立新", "县委书记", "县委"), ("黎明辉", "县四家班子领导", None), ("戴红梅", "县四家班子领导", None),
         ("万能贵", "县四家班子领导", None)}),
    "deputy after a colon, listed after the head": (
        "巡视组组长邵振华、副组长:傅晓东\n",
        {"邵振华", "傅晓东"}, {("邵振华", "组长", "巡视组"), ("傅晓东", "副组长", "巡视组")}),
    "team posts taken by 担任, the deputy's team named before": (
        "经研究,决定由付海龙同志担任区委第二巡察组组长,严小梅同志担任副组长。",
        {"付海龙", "严小梅"}, {("付海龙", "组长", "区委第二巡察组"), ("严小梅", "副组长", "区委第二巡察组")}),
    "a team post taken by 任 (traditional)": (
        "會議宣布,譚永強同志任縣委第一巡察組組長。",
        {"谭永强"}, {("谭永强", "组长", "县委第一巡察组")}),
    "attendees listed after the leaders they stand for": (
        "县四家班子领导沈志刚、任晓兰、石春生出席会议。",
        {"沈志刚", "任晓兰", "石春生"}, {("沈志刚", "领导", None), ("任晓兰", "领导", None), ("石春生", "领导", None)}),
    "posts taken by names listed before 任": (
        "会议决定,由赵海涛担任区委第二巡察组组长,钱立伟、冯思雨任副组长。",
        {"赵海涛", "钱立伟", "冯思雨"},
        {("赵海涛", "组长", "区委第二巡察组"), ("钱立伟", "副组长", "区委第二巡察组"), ("冯思雨", "副组长", "区委第二巡察组")}),
    "a post written before 由 and the names that take it (traditional)": (
        "區委第三巡察組組長由鄒立新同志擔任,副組長由李紅梅、王志強擔任。",
        {"邹立新", "李红梅", "王志强"},
        {("邹立新", "组长", "区委第三巡察组"), ("李红梅", "副组长", "区委第三巡察组"), ("王志强", "副组长", "区委第三巡察组")}),
    "a group's head and deputies taken by 由…担任": (
        "整改工作领导小组组长由张建国担任,副组长由李红梅、王志强担任。",
        {"张建国", "李红梅", "王志强"},
        {("张建国", "领导小组组长", "整改工作领导小组"), ("李红梅", "副组长", "整改工作领导小组"),
         ("王志强", "副组长", "整改工作领导小组")}),
    "a team head who speaks for the team named after him": (
        "组长庞立华代表区委第二巡察组向交投集团党委反馈了巡察情况。",
        {"庞立华"}, {("庞立华", "组长", "区委第二巡察组")}),
    "the head of a leading group written as 以X为组长": (
        "成立以张立群同志为组长的巡察整改工作领导小组。",
        {"张立群"}, {("张立群", "组长", "巡察整改工作领导小组")}),
    "negative: a post taken by a unit, not a name": (
        "成立以局长为组长的领导小组,各单位担任成员单位。",
        set(), set()),
    "attendees listed after 出席会议的有": (
        "出席会议的还有张建华、李秀英、王立军。",
        {"张建华", "李秀英", "王立军"}, set()),
    "attendees after a colon (traditional)": (
        "參加反饋會的領導有：趙海、錢紅",
        {"赵海", "钱红"}, set()),
    "negative: 有关 after 出席会议的": (
        "出席会议的有关部门负责人作了发言。",
        set(), set()),
    "team posts in brackets after the names": (
        "省委第三巡视组:谢国良(组长)、杨晓春(副组长)",
        {"谢国良", "杨晓春"}, {("谢国良", "组长", "省委第三巡视组"), ("杨晓春", "副组长", "省委第三巡视组")}),
    "negative: 等 after a body, not names": (
        "各乡镇、各部门等单位主要负责同志参加会议。",
        set(), set()),

    # ---------------------------------------------------------------- several posts before one name
    "committee member, organisation and united front heads": (
        "县委常委、组织部长、统战部长易国强出席会议。",
        {"易国强"},
        {("易国强", "县委常委", "县委"), ("易国强", "组织部长", "县委组织部"), ("易国强", "统战部长", "县委统战部")}),
    "discipline secretary and supervision director (traditional)": (
        "區委常委、區紀委書記、區監委主任、區委巡察工作領導小組常務副組長鄒廣能對整改提出要求。",
        {"邹广能"},
        {("邹广能", "区委常委", "区委"), ("邹广能", "区纪委书记", "区纪委"), ("邹广能", "区监委主任", "区监委"),
         ("邹广能", "领导小组常务副组长", "区委巡察工作领导小组")}),
    "two posts joined by 兼": (
        "区委副书记兼政法委书记曹文华出席会议。",
        {"曹文华"}, {("曹文华", "区委副书记", "区委"), ("曹文华", "政法委书记", "区委政法委")}),
    "a deputy mayor who also heads the police (traditional)": (
        "市委常委、副市長兼市公安局局長伍立新出席會議。",
        {"伍立新"}, {("伍立新", "市委常委", "市委"), ("伍立新", "副市长", "市政府"), ("伍立新", "局长", "市公安局")}),
    "units named alone between the separators": (
        "公司党委副书记、纪委书记、工会主席龚思远,集团党委委员、财务部部长、审计中心主任钟晓梅出席。",
        {"龚思远", "钟晓梅"},
        {("龚思远", "党委副书记", "公司党委"), ("龚思远", "纪委书记", "公司纪委"), ("龚思远", "工会主席", "工会"),
         ("钟晓梅", "党委委员", "集团党委"), ("钟晓梅", "部长", "财务部"), ("钟晓梅", "主任", "审计中心")}),
    "chief accountant and political commissar": (
        "集团公司党委常委、总会计师钟国栋,市公安局党委委员、政委邓光明出席会议。",
        {"钟国栋", "邓光明"},
        {("钟国栋", "党委常委", "集团公司党委"), ("钟国栋", "总会计师", None), ("邓光明", "党委委员", "市公安局党委"),
         ("邓光明", "政委", None)}),
    "a bank's chief officer after its branch": (
        "江州分行首席风险官石雨桐,分行党委委员、纪委书记邝文斌及分行中层干部参加会议。",
        {"石雨桐", "邝文斌"},
        {("石雨桐", "首席风险官", "江州分行"), ("邝文斌", "党委委员", "分行党委"), ("邝文斌", "纪委书记", "分行纪委")}),
    "a bank's chief officers (Traditional)": (
        "分行副行長、首席合規官連曉彤,總行首席信息官莊慕白出席會議。",
        {"连晓彤", "庄慕白"},
        {("连晓彤", "副行长", "分行"), ("连晓彤", "首席合规官", None), ("庄慕白", "首席信息官", "总行")}),
    "a hospital department's party secretary and head (科主任 of the department before)": (
        "检验科党支部书记、科主任宋嘉禾,病理科党支部书记卞宏图分别作表态发言。",
        {"宋嘉禾", "卞宏图"},
        {("宋嘉禾", "党支部书记", "检验科党支部"), ("宋嘉禾", "科主任", "检验科"), ("卞宏图", "党支部书记", "病理科党支部")}),
    "a hospital department's head (Traditional)": (
        "內科黨支部書記、科主任方一鳴作表態發言。",
        {"方一鸣"}, {("方一鸣", "党支部书记", "内科党支部"), ("方一鸣", "科主任", "内科")}),
    "a post taken by 担任 before a comma is the first name's, not the next one's": (
        "公司党委书记、董事长程卫国担任巡察整改工作领导小组组长,党委副书记、总经理陶立诚任副组长。",
        {"程卫国", "陶立诚"},
        {("程卫国", "党委书记", "公司党委"), ("程卫国", "董事长", None), ("程卫国", "领导小组组长", "巡察整改工作领导小组"),
         ("陶立诚", "党委副书记", "公司党委"), ("陶立诚", "总经理", None), ("陶立诚", "副组长", "巡察整改工作领导小组")}),
    "the same in Traditional, a bureau's group": (
        "局黨組書記、局長韓志遠擔任巡察整改工作領導小組組長,黨組成員、副局長孟慶和任副組長。",
        {"韩志远", "孟庆和"},
        {("韩志远", "党组书记", "局党组"), ("韩志远", "局长", None), ("韩志远", "领导小组组长", "巡察整改工作领导小组"),
         ("孟庆和", "党组成员", "局党组"), ("孟庆和", "副局长", None), ("孟庆和", "副组长", "巡察整改工作领导小组")}),
    "an audit department's head and its check group's leader (检查组组长: no inspection team)": (
        "总行审计部总经理、检查组组长庄慕白介绍了检查和审计的主要内容。",
        {"庄慕白"}, {("庄慕白", "总经理", "总行审计部"), ("庄慕白", "检查组组长", "检查组")}),
    "a check group's leader after an office's deputy head (Traditional)": (
        "省醫療保障局副局長、檢查組組長蕭遠航介紹檢查安排。",
        {"萧远航"}, {("萧远航", "副局长", "省医疗保障局"), ("萧远航", "检查组组长", "检查组")}),
    "a name after its post, 与, then another's posts: the joiner opens no body's name": (
        "会前,省委第三巡视组组长陆鸣岗与省交通运输厅党组书记、厅长聂振东进行了沟通。",
        {"陆鸣岗", "聂振东"},
        {("陆鸣岗", "组长", "省委第三巡视组"), ("聂振东", "党组书记", "省交通运输厅党组"), ("聂振东", "厅长", "省交通运输厅")}),
    "the same in Traditional, 和 after a secretary's name": (
        "會前,市委第二巡察組組長韓立德和市教育局黨組書記、局長孟慶和進行了溝通。",
        {"韩立德", "孟庆和"},
        {("韩立德", "组长", "市委第二巡察组"), ("孟庆和", "党组书记", "市教育局党组"), ("孟庆和", "局长", "市教育局")}),
    "negative: 和 inside a body's name after no post stays in it": (
        "某省党史和文献研究院院长郑立言出席会议。",
        {"郑立言"}, {("郑立言", "研究院院长", "某省党史和文献研究院")}),
    "巡察组组长 after the one team of the text, named with its dispatcher and no ordinal": (
        "省卫健委党组巡察组对省立滨澜医院党委开展常规巡察。巡察组组长卢振华作动员讲话。",
        {"卢振华"}, {("卢振华", "组长", "省卫健委党组巡察组")}),
    "the same in Traditional, a bank's team": (
        "總行黨委巡視組對江州分行黨委開展巡視。巡視組組長程遠舟作動員講話。",
        {"程远舟"}, {("程远舟", "组长", "总行党委巡视组")}),
    "credit lines with the key set off by a bar, as accounts print them (编辑｜某某)": (
        "编辑｜马晓丹  审核｜秦一鸣",
        {"马晓丹", "秦一鸣"}, {("马晓丹", "编辑", None), ("秦一鸣", "审核", None)}),
    "the same in Traditional with 丨 (a Han character drawn as a bar)": (
        "文字丨唐思雨\n編輯丨龔建平",
        {"唐思雨", "龚建平"}, {("唐思雨", "文字", None), ("龚建平", "编辑", None)}),
    "negative: a table's bar after a team is no credit's": (
        "组别|被巡察单位\n第一巡察组|县财政局党组",
        set(), set()),
    "a reporter's byline closed by a slash (记者某某/综合报导, Taiwan's press)": (
        "2026-04-02 14:20 两岸快报 记者林佩蓉/综合报导",
        {"林佩蓉"}, {("林佩蓉", "记者", "两岸快报")}),
    "a reporter's byline closed by a full-width slash (Traditional)": (
        "記者 許家瑜／台北報導",
        {"许家瑜"}, {("许家瑜", "记者", None)}),
    "a commentator after his institute's post, before 分析": (
        "东宁大学中国大陆研究所所长林秉谚分析,巡视整顿金融体系的力度加大。",
        {"林秉谚"}, {("林秉谚", "所长", "东宁大学中国大陆研究所")}),
    "negative: 分析 after a bare kind of unit names no one": (
        "研究所分析,巡视整顿金融体系的力度加大。",
        set(), set()),
    "transliterated names after posts": (
        "自治区党委常委、纪委书记艾尔肯·吐尼亚孜出席会议。组长买买提·艾力、副组长古丽·阿不拉参加。",
        {"艾尔肯·吐尼亚孜", "买买提·艾力", "古丽·阿不拉"},
        {("艾尔肯·吐尼亚孜", "党委常委", "自治区党委"), ("艾尔肯·吐尼亚孜", "纪委书记", "自治区纪委"),
         ("买买提·艾力", "组长", None), ("古丽·阿不拉", "副组长", None)}),
    "a transliterated name before 主持": (
        "会议由阿不都·热合曼主持。",
        {"阿不都·热合曼"}, set()),
    "posts in brackets after the names of a list": (
        "出席会议的有:吴海涛(县委常委、组织部部长)、蒋丽(县政府副县长)。",
        {"吴海涛", "蒋丽"},
        {("吴海涛", "县委常委", "县委"), ("吴海涛", "组织部部长", "县委组织部"), ("蒋丽", "县政府副县长", "县政府")}),
    "a team post, and the member's own posts in brackets (traditional)": (
        "組長：張建平（縣紀委副書記、縣監委副主任）\n",
        {"张建平"}, {("张建平", "组长", None), ("张建平", "县纪委副书记", "县纪委"), ("张建平", "县监委副主任", "县监委")}),
    "negative: a rank in brackets is no post": (
        "组长王强(正处级)出席会议。",
        {"王强"}, {("王强", "组长", None)}),
    "central leader with three posts": (
        "中央政治局委员、中央书记处书记、中央巡视工作领导小组副组长严志成主持会议。",
        {"严志成"},
        {("严志成", "中央政治局委员", "中央政治局"), ("严志成", "中央书记处书记", "中央书记处"),
         ("严志成", "领导小组副组长", "中央巡视工作领导小组")}),

    # ---------------------------------------------------------------- posts of the inspected body
    "a subsidiary's long name (fifteen characters before its 党委) is its party committee's whole": (
        "华岳能源集团西北新能源有限公司党委书记、董事长萧文彬作表态发言。",
        {"萧文彬"}, {("萧文彬", "党委书记", "华岳能源集团西北新能源有限公司党委"),
                   ("萧文彬", "董事长", "华岳能源集团西北新能源有限公司")}),
    "hospital party deputy secretary and president": (
        "市第一人民医院党委副书记、院长卢永刚作表态发言。",
        {"卢永刚"}, {("卢永刚", "党委副书记", "市第一人民医院党委"), ("卢永刚", "院长", "市第一人民医院")}),
    "procurator general (traditional)": (
        "縣人民檢察院黨組書記、檢察長秦海波主持會議。",
        {"秦海波"}, {("秦海波", "党组书记", "县人民检察院党组"), ("秦海波", "检察长", "县人民检察院")}),
    "bureau chief after a written-out bureau": (
        "县委教育工委书记、县教育局局长葛明远主持反馈会。",
        {"葛明远"}, {("葛明远", "工委书记", "县委教育工委"), ("葛明远", "局长", "县教育局")}),
    "enterprise chairman": (
        "集团公司党委书记、董事长邱振宇主持会议。",
        {"邱振宇"}, {("邱振宇", "党委书记", "集团公司党委"), ("邱振宇", "董事长", "集团公司")}),
    "party group member and political department director": (
        "市中级人民法院党组成员、政治部主任董丽君代表党组讲话。",
        {"董丽君"}, {("董丽君", "党组成员", "市中级人民法院党组"), ("董丽君", "政治部主任", "政治部")}),
    "party group member and stationed discipline group head": (
        "由党组副书记贺建平,党组成员、驻省交通厅纪检监察组组长甘小勇带队反馈。",
        {"贺建平", "甘小勇"},
        {("贺建平", "党组副书记", "党组"), ("甘小勇", "党组成员", "党组"),
         ("甘小勇", "纪检监察组组长", "驻省交通厅纪检监察组")}),
    "principal person in charge taking a leading group's lead": (
        "局党组主要负责人莫国庆同志为领导小组组长,全面负责整改工作。",
        {"莫国庆"}, {("莫国庆", "党组主要负责人", "局党组"), ("莫国庆", "领导小组组长", "领导小组")}),
    "a name standing alone after 由 before 主持": (
        "会议由张建军主持。",
        {"张建军"}, set()),
    "a name speaking for a team": (
        "反馈会上,韦国庆代表省委第二巡视组反馈了巡视情况。",
        {"韦国庆"}, set()),
    "negative: representatives of a group speaking for a body": (
        "会上,群众代表、师生代表向党委表达了意见,由衷表示感谢,同时指出不足。",
        set(), set()),
    "the leaders in charge of a unit named at a sentence's start": (
        "反馈会后,各单位开展了整改。总局分管领导毛志强、鲍晓燕出席会议。",
        {"毛志强", "鲍晓燕"}, {("毛志强", "领导", "总局"), ("鲍晓燕", "领导", "总局")}),
    "negative: a bare unit before the leaders in charge": (
        "会上,局主要领导郭明作表态发言。",
        {"郭明"}, {("郭明", "领导", None)}),
    "a speaker after a quote, and one cited by 据": (
        "“我们将全力整改。”张建华说。據王立軍介紹,該縣已完成整改。",
        {"张建华", "王立军"}, set()),
    "negative: words before 说 and 介绍": (
        "应该说,整改成效明显。会上简单介绍了情况,简要介绍了做法。据了解,人们常说,有人说。",
        set(), set()),
    "negative: a post before a place": (
        "县委书记深入张家湾村调研,镇长到田间地头察看。",
        set(), set()),
    "negative: what a leader named by a post does": (
        "县委书记马上就办,副组长宣读反馈意见,书记高位推动,書記江邊調研,鎮長餘下的工作由副鎮長負責。",
        set(), set()),
    "negative: a post before a unit and a phrase": (
        "组长单位和副组长单位要主动担当,书记抓、抓书记。",
        set(), set()),
    # ---------------------------------------------------------------- a table's column of team leaders
    "a pipe table's 组长 column: each row's leader of the row's team": (
        "序号 | 巡察组 | 被巡察党组织 | 组长 | 进驻时间\n1 | 县委第一巡察组 | 河口镇党委 | 孟长青 | 2024年5月8日\n"
        "2 | 县委第二巡察组 | 县水利局党组 | 邱雪梅 | 2024年5月9日\n",
        {"孟长青", "邱雪梅"}, {("孟长青", "组长", "县委第一巡察组"), ("邱雪梅", "组长", "县委第二巡察组")}),
    "a tab table's 組長 column (Traditional)": (
        "組別\t組長\t被巡察單位\n市委第三巡察組\t龐志遠\t市審計局黨組\n市委第四巡察組\t韓曉雲\t市民政局黨組\n",
        {"庞志远", "韩晓云"}, {("庞志远", "组长", "市委第三巡察组"), ("韩晓云", "组长", "市委第四巡察组")}),
    "a provincial table's 组长 column, rows without a number": (
        "巡视组 | 组长 | 被巡视单位\n省委第五巡视组 | 詹国平 | 省林业局党组\n",
        {"詹国平"}, {("詹国平", "组长", "省委第五巡视组")}),
    "negative: a table's column of telephones and places is no name": (
        "巡察组 | 被巡察单位 | 组长 | 值班电话\n县委第一巡察组 | 城关镇党委 | 待定 | 0797-3712001\n",
        set(), set()),
    "negative: a table without a post column": (
        "组别\t被巡察单位\t进驻时间\n市委第一巡察组\t市统计局\t3月25日\n",
        set(), set()),
    # ---------------------------------------------------------------- credits at a page's foot
    "a credit line 文字: and 摄影:": (
        "文字:程思远  摄影:贺晨\n",
        {"程思远", "贺晨"}, {("程思远", "文字", None), ("贺晨", "摄影", None)}),
    "a trailing editor whose given name is one soft character": (
        "全文完。\n\n编辑:唐月\n",
        {"唐月"}, {("唐月", "编辑", None)}),
    "a trailing editor (Traditional)": (
        "全文完。\n\n責任編輯:龍明\n",
        {"龙明"}, {("龙明", "责任编辑", None)}),
    "negative: 文字 and 编辑 as words": (
        "要加强文字材料审核,编辑工作规范有序,文字:简洁明了。",
        set(), set()),
    # ---------------------------------------------------------------- a township committee member by charge
    "a deputy secretary who is also the committee's organisation member": (
        "镇党委副书记、组织委员谭晓梅出席反馈会。",
        {"谭晓梅"}, {("谭晓梅", "党委副书记", "镇党委"), ("谭晓梅", "组织委员", None)}),
    "a deputy secretary who is also the committee's propaganda member (Traditional)": (
        "鄉黨委副書記、宣傳委員譚曉梅出席反饋會。",
        {"谭晓梅"}, {("谭晓梅", "党委副书记", "乡党委"), ("谭晓梅", "宣传委员", None)}),
    "negative: the charge as a word": (
        "要选优配强组织委员和宣传委员,加强村级组织建设。",
        set(), set()),
    # ---------------------------------------------------------------- a court ruling's signature lines
    "a ruling's bench and clerk, one a line": (
        "驳回上诉,维持原判。\n审判长 郑国梁\n审判员 何小燕\n二〇二三年五月八日\n书记员 罗晓峰\n",
        {"郑国梁", "何小燕", "罗晓峰"},
        {("郑国梁", "审判长", None), ("何小燕", "审判员", None), ("罗晓峰", "书记员", None)}),
    "a ruling's bench and clerk (Traditional, full-width spaces)": (
        "駁回上訴,維持原判。\n審判長\u3000鄭國梁\n審判員\u3000何小燕\n書記員\u3000羅曉峰\n",
        {"郑国梁", "何小燕", "罗晓峰"},
        {("郑国梁", "审判长", None), ("何小燕", "审判员", None), ("罗晓峰", "书记员", None)}),
    "negative: the bench and clerk as words": (
        "合议庭由审判长和两名审判员组成,书记员负责记录。",
        set(), set()),
    # ---------------------------------------------------------------- a company director, a scholar, what a second leader does
    "a managing director after the party post": (
        "会上,能源公司党委书记、执行董事杭立峰作表态发言。",
        {"杭立峰"}, {("杭立峰", "党委书记", "能源公司党委"), ("杭立峰", "执行董事", None)}),
    "a managing director after the party post (Traditional)": (
        "會上,能源公司黨委書記、執行董事杭立峰作表態發言。",
        {"杭立峰"}, {("杭立峰", "党委书记", "能源公司党委"), ("杭立峰", "执行董事", None)}),
    "a professor and a research fellow named before their words": (
        "法学院教授时雨霏、社科院研究员鲁国华等作交流发言。",
        {"时雨霏", "鲁国华"}, {("时雨霏", "学院教授", "法学院"), ("鲁国华", "研究员", "社科院")}),
    "a second leader who helps (协助) and one who gives a welcome (致欢迎辞)": (
        "党委书记褚红英负总责,校长蔺国栋协助抓好整改。区委常委、纪委书记俞晓军致欢迎辞。",
        {"褚红英", "蔺国栋", "俞晓军"},
        {("褚红英", "党委书记", "党委"), ("蔺国栋", "校长", None), ("俞晓军", "区委常委", "区委"),
         ("俞晓军", "纪委书记", "区纪委")}),
    "a second leader who helps (Traditional)": (
        "校長藺國棟協助抓好整改,副校長凌曉雲配合推進。",
        {"蔺国栋", "凌晓云"}, {("蔺国栋", "校长", None), ("凌晓云", "副校长", None)}),
    "negative: 教授 and 董事 as words": (
        "老师在课堂上教授法律知识,公司董事会审议了整改方案。",
        set(), set()),
    # ---------------------------------------------------------------- the head of a supervision or guidance group (no inspection team)
    "督导组组长 after the group is sent": (
        "市纪委监委派出督导组到会指导,督导组组长温立新作点评。",
        {"温立新"}, {("温立新", "督导组组长", "督导组")}),
    "督導組組長 (Traditional) and 指导组组长": (
        "督導組組長溫立新作點評,巡回指導組組長柯曉峰講話。",
        {"温立新", "柯晓峰"}, {("温立新", "督导组组长", "督导组"), ("柯晓峰", "指导组组长", "指导组")}),
    "negative: a supervision group with no one named": (
        "督导组认为,这次民主生活会准备充分,指导组组长要求持续抓好整改。",
        set(), set()),
    # ---------------------------------------------------------------- 成立X领导小组,某某担任组长: the body the sentence set up
    "组长 of the leading group set up before the name": (
        "区委成立巡察整改工作领导小组,区委书记杭志远担任组长,区长柏晓东任副组长。",
        {"杭志远", "柏晓东"},
        {("杭志远", "区委书记", "区委"), ("杭志远", "组长", "巡察整改工作领导小组"), ("柏晓东", "区长", "区政府"),
         ("柏晓东", "副组长", "巡察整改工作领导小组")}),
    "组长 of a task force set up before the name (Traditional, 專班)": (
        "公司成立了整改專班,由黨委書記杭志遠任組長。",
        {"杭志远"}, {("杭志远", "党委书记", "党委"), ("杭志远", "组长", "整改专班")}),
    "negative: a leading group set up in an earlier sentence is not the post's": (
        "区委成立巡察整改工作领导小组。区委书记杭志远担任组长。",
        {"杭志远"}, {("杭志远", "区委书记", "区委"), ("杭志远", "组长", None)}),
    # ---------------------------------------------------------------- a team's liaison; everyone in a body
    "a team's liaison named with its leaders": (
        "市委第一巡察组组长刘建国,副组长马丽,联络员何平出席会议。",
        {"刘建国", "马丽", "何平"}, {("刘建国", "组长", "市委第一巡察组"), ("马丽", "副组长", "市委第一巡察组"),
                                   ("何平", "联络员", "市委第一巡察组")}),
    "a team's liaison named with its leaders (Traditional)": (
        "縣委第三巡察組組長魏東、聯絡員鄭琳參加會議。",
        {"魏东", "郑琳"}, {("魏东", "组长", "县委第三巡察组"), ("郑琳", "联络员", "县委第三巡察组")}),
    "negative: 全体成员 before a name is no post of that person": (
        "县委巡察组全体成员,镇党委书记许长青等参加会议。",
        {"许长青"}, {("许长青", "党委书记", "镇党委")}),
    "negative: 其他組員 before a name is no post of that person (Traditional)": (
        "巡察組其他組員,局黨組書記潘海峰等出席會議。",
        {"潘海峰"}, {("潘海峰", "党组书记", "局党组")}),
    "巡视组组长 after the paragraph named the team: a post in that team": (
        "7月31日至9月5日,中央第十巡视组对甲院进行了专项巡视。昨日,巡视组组长韦明达向甲院领导班子作反馈。",
        {"韦明达"}, {("韦明达", "组长", "中央第十巡视组")}),
    "巡察組組長 after the paragraph named the team (Traditional)": (
        "縣委第二巡察組於3月進駐甲鎮。巡察組副組長葉青主持座談會。",
        {"叶青"}, {("叶青", "副组长", "县委第二巡察组")}),
    "negative: 巡视组组长 with no team named before it stays the bare team's": (
        "巡视组组长章立平出席会议。",
        {"章立平"}, {("章立平", "组长", "巡视组")}),
    "理事长 after the party group's secretary: of the 联 the group belongs to": (
        "县残联党组书记、理事长章文斌主持会议。",
        {"章文斌"}, {("章文斌", "党组书记", "县残联党组"), ("章文斌", "理事长", "县残联")}),
    "the head of a stationed 纪检组 is no team's 组长": (
        "县委第三巡察组组长刘建军作动员讲话,县纪委监委驻人社局纪检组组长朱芳芳出席。",
        {"刘建军", "朱芳芳"}, {("刘建军", "组长", "县委第三巡察组"), ("朱芳芳", "纪检组组长", "县纪委监委驻人社局纪检组")}),
    "a group stationed in 局, one character after 驻 (Traditional)": (
        "駐局紀檢監察組組長王立新、縣紀委監委派駐第三紀檢監察組組長李文華參加會議。",
        {"王立新", "李文华"}, {("王立新", "纪检监察组组长", "驻局纪检监察组"),
                             ("李文华", "纪检监察组组长", "驻第三纪检监察组")}),
    "a reporter of the agency written before 记者": (
        "新华社记者黎明远报道 根据中央统一部署,中央第一巡视组进驻甲省。",
        {"黎明远"}, {("黎明远", "记者", "新华社")}),
    "a reporter of the paper written before 記者 (Traditional)": (
        "文匯報記者鄧嘉欣報道 中央第二巡視組近日向乙省委反饋巡視情況。",
        {"邓嘉欣"}, {("邓嘉欣", "记者", "文汇报")}),
    "negative: 本报记者 names no outlet": (
        "(本报记者 黄晓琳)",
        {"黄晓琳"}, {("黄晓琳", "记者", None)}),
    "a byline 撰文 (a Hong Kong reprint's word for the author, Traditional)": (
        "撰文:何嘉穎\n中央第二巡視組向甲省委反饋巡視情況。",
        {"何嘉颖"}, {("何嘉颖", "撰文", None)}),
    "Mongolian names after posts, no Han surname (a league's and a banner's teams)": (
        "盟委第二巡察组组长阿拉坦仓作动员讲话。旗委书记朝鲁孟主持会议。",
        {"阿拉坦仓", "朝鲁孟"}, {("阿拉坦仓", "组长", "盟委第二巡察组"), ("朝鲁孟", "旗委书记", "旗委")}),
    "Mongolian names of six and seven characters after posts (额尔敦毕力格, 乌力吉德力格尔)": (
        "盟委第二巡察组组长额尔敦毕力格、副组长乌力吉德力格尔向旗委反馈巡察情况。",
        {"额尔敦毕力格", "乌力吉德力格尔"},
        {("额尔敦毕力格", "组长", "盟委第二巡察组"), ("乌力吉德力格尔", "副组长", "盟委第二巡察组")}),
    "a Mongolian name with 门, 希, 勒 before 主持 and after a post (Traditional)": (
        "旗委書記圖門吉日嘎拉主持會議,盟委第一巡察組組長達布希拉圖作動員講話,副組長娜仁格日勒參加。",
        {"图门吉日嘎拉", "达布希拉图", "娜仁格日勒"},
        {("图门吉日嘎拉", "旗委书记", "旗委"), ("达布希拉图", "组长", "盟委第一巡察组"), ("娜仁格日勒", "副组长", "盟委第一巡察组")}),
    "a Uyghur name after three posts (Traditional)": (
        "縣委常委、紀委書記、監委主任阿依古麗出席會議並講話。",
        {"阿依古丽"}, {("阿依古丽", "县委常委", "县委"), ("阿依古丽", "纪委书记", "县纪委"), ("阿依古丽", "监委主任", "县监委")}),
    "negative: two such characters after a post are a word, not a name": (
        "会议由书记主持,组长和副组长都出席会议。",
        set(), set()),
    "a credit in brackets whose name ends in 和 (记者 温景和)": (
        "甲州日报讯(记者 温景和)根据省委统一部署,省委第三巡视组进驻省交通运输厅。",
        {"温景和"}, {("温景和", "记者", None)}),
    "a credit at the very end of the page, its last character 和": (
        "省委第三巡视组进驻省交通运输厅。\n编辑:周佳和",
        {"周佳和"}, {("周佳和", "编辑", None)}),
    "names before 应邀 and 以 (invited to speak, speaking on a topic)": (
        "市委巡察办副主任邴长风应邀作专题辅导。市委第二巡察组副组长蓝海峰以“如何发现问题”为题授课。",
        {"邴长风", "蓝海峰"}, {("邴长风", "巡察办副主任", "市委巡察办"), ("蓝海峰", "副组长", "市委第二巡察组")}),
    "a credit written with a slash (审核/某某)": (
        "(文/党委巡察办  审核/祁海燕)",
        {"祁海燕"}, {("祁海燕", "审核", None)}),
    "names listed after 由 with their own posts take the post together (由党委书记甲、校长乙任组长)": (
        "学校成立巡视整改工作领导小组,由党委书记石蕴华、校长郑嘉木任组长。",
        {"石蕴华", "郑嘉木"}, {("石蕴华", "党委书记", "党委"), ("石蕴华", "组长", "巡视整改工作领导小组"),
                             ("郑嘉木", "校长", None), ("郑嘉木", "组长", "巡视整改工作领导小组")}),
    "negative: without 由, a name with its own posts listed before another's 任 keeps its own (Traditional)": (
        "縣委書記王明、縣長李華任組長。",
        {"王明", "李华"}, {("王明", "县委书记", "县委"), ("李华", "县长", "县政府"), ("李华", "组长", None)}),
    "given names with 向 and 年 (彭向东, 康永年)": (
        "区城市管理和综合执法局党组书记、局长彭向东主持会议。市委第四巡察组组长康永年代表巡察组反馈。",
        {"彭向东", "康永年"}, {("彭向东", "党组书记", "区城市管理和综合执法局党组"),
                             ("彭向东", "局长", "区城市管理和综合执法局"), ("康永年", "组长", "市委第四巡察组")}),
    "a reporter named before the place the report was filed from (记者某某北京报道)": (
        "【大公报讯】记者邝文韬北京报道:二十届中央第三轮巡视完成进驻。",
        {"邝文韬"}, {("邝文韬", "记者", "大公报")}),
    "a reporter before a slash and the place (Taiwan's 报导, Traditional)": (
        "聯合報/記者林宛蓉/台北報導\n中共中央巡視組近日進駐。",
        {"林宛蓉"}, {("林宛蓉", "记者", None)}),
    "a name before 则 (组长某某则提到)": (
        "省委第三巡视组组长赵雅君则提到,要抓好整改。",
        {"赵雅君"}, {("赵雅君", "组长", "省委第三巡视组")}),
    "liaisons named after 分别为 go to the teams listed before, in order": (
        "第一、第二、第三交叉巡察组联络员分别为何思远、钟敏、彭立。",
        {"何思远", "钟敏", "彭立"}, {("何思远", "联络员", "第一交叉巡察组"), ("钟敏", "联络员", "第二交叉巡察组"),
                                   ("彭立", "联络员", "第三交叉巡察组")}),
    "leaders named after 分别为, the last after 和 (Traditional)": (
        "中央第一、第二、第三巡視組組長分別為宋建平、喬永年和鄺文明。",
        {"宋建平", "乔永年", "邝文明"}, {("宋建平", "组长", "中央第一巡视组"), ("乔永年", "组长", "中央第二巡视组"),
                                      ("邝文明", "组长", "中央第三巡视组")}),
    "leaders named after 分别为, each after the team it leads": (
        "县委第一巡察组、第二巡察组分别进驻甲镇、乙镇。组长分别为:第一巡察组王建国,第二巡察组李红梅。",
        {"王建国", "李红梅"}, {("王建国", "组长", "县委第一巡察组"), ("李红梅", "组长", "县委第二巡察组")}),
    "the same in Traditional, the teams written in full and parted by ；": (
        "組長分別為：省委第一巡視組陳志強；省委第二巡視組林美玲。",
        {"陈志强", "林美玲"}, {("陈志强", "组长", "省委第一巡视组"), ("林美玲", "组长", "省委第二巡视组")}),
    "a credit closed by a lenticular bracket (【责任编辑:某某】)": (
        "县委第一巡察组向甲镇党委反馈巡察情况。\n【责任编辑:王晓燕】",
        {"王晓燕"}, {("王晓燕", "责任编辑", None)}),
    "the same in Traditional, 「」 around the credit": (
        "縣委第一巡察組向甲鎮黨委反饋巡察情況。\n「編輯:王曉燕」",
        {"王晓燕"}, {("王晓燕", "编辑", None)}),
    "negative: the heading 【作者简介】 is no author named 简介": (
        "【作者简介】县纪委干部,长期从事巡察工作。",
        set(), set()),
    "negative: a team after 分别为 followed by a clause names no one": (
        "组长分别为第一巡察组进驻后确定的人员。",
        set(), set()),

    # ---------------------------------------------------------------- the head of a rectification leading group, named in full
    "a secretary heading the committee's rectification leading group (巡视整改工作领导小组)": (
        "市委书记、市委巡视整改工作领导小组组长杨振东表示,对反馈意见照单全收。",
        {"杨振东"}, {("杨振东", "市委书记", "市委"), ("杨振东", "领导小组组长", "市委巡视整改工作领导小组")}),
    "the same at a county, a 巡察整改 group (Traditional)": (
        "縣委書記、縣委巡察整改工作領導小組組長羅建平主持會議。",
        {"罗建平"}, {("罗建平", "县委书记", "县委"), ("罗建平", "领导小组组长", "县委巡察整改工作领导小组")}),
    "the head of a 巡视整改办, its committee written before it": (
        "市委巡视整改办主任李思远出席会议。",
        {"李思远"}, {("李思远", "主任", "市委巡视整改办")}),
    "negative: 巡察 as a verb before a unit stays no part of its name": (
        "巡察县财政局党组期间,局党组书记周海宁作表态发言。",
        {"周海宁"}, {("周海宁", "党组书记", "县财政局党组")}),

    # ---------------------------------------------------------------- a story's names: what the person did right after the name
    "a leader's name before what the story says he did (把, 是, 已经)": (
        "碰头会上，组长罗志坚把任务单递给大家。副组长程立军是老巡察了。县委常委、县纪委书记钟立华已经坐在接待室。",
        {"罗志坚", "程立军", "钟立华"},
        {("罗志坚", "组长", None), ("程立军", "副组长", None), ("钟立华", "县委常委", "县委"), ("钟立华", "县纪委书记", "县纪委")}),
    "a leader's name before 把 (Traditional)": (
        "組長羅志堅把任務單遞給大家。",
        {"罗志坚"}, {("罗志坚", "组长", None)}),
    "negative: a post before 是 with no name between is no one": (
        "县委书记是全县巡察整改的第一责任人。",
        set(), set()),
    # ---------------------------------------------------------------- a form's credits
    "who filled in and who checked a ledger (填报人 / 审核人 / 编制人)": (
        "填报人：蒙丽娟            审核人：罗承志            联系电话：0738-6613027\n编制人：谭晓雯",
        {"蒙丽娟", "罗承志", "谭晓雯"}, {("蒙丽娟", "填报人", None), ("罗承志", "审核人", None), ("谭晓雯", "编制人", None)}),
    "who filled in and who checked a ledger (Traditional)": (
        "填報人：蒙麗娟　　審核人：羅承志",
        {"蒙丽娟", "罗承志"}, {("蒙丽娟", "填报人", None), ("罗承志", "审核人", None)}),
    "a factory's and a brigade's heads, their units from the party body before (厂长, 大队长)": (
        "城东水厂党支部书记、厂长魏俊峰,第六地质大队党委书记、大队长龙飞分别作表态发言。",
        {"魏俊峰", "龙飞"}, {("魏俊峰", "厂长", "城东水厂"), ("龙飞", "大队长", "第六地质大队"),
                           ("魏俊峰", "党支部书记", "城东水厂党支部"), ("龙飞", "党委书记", "第六地质大队党委")}),
    "a name before 一对一, how the feedback was given to him": (
        "会前,组长曾志远已向镇党委书记邓海涛一对一反馈了巡察发现的问题。",
        {"曾志远", "邓海涛"}, {("曾志远", "组长", None), ("邓海涛", "党委书记", "镇党委")}),
    "the same in Traditional, 点对点": (
        "會前,組長曾志遠向局黨組書記韋明點對點反饋了問題。",
        {"曾志远", "韦明"}, {("曾志远", "组长", None), ("韦明", "党组书记", "局党组")}),
    "a headquarters' deputy commander after a vice-mayor (副市长、市防汛抗旱指挥部副指挥长)": (
        "6月17日,副市长、市防汛抗旱指挥部副指挥长黎国栋带队检查西江干堤。",
        {"黎国栋"}, {("黎国栋", "副市长", "市政府"), ("黎国栋", "副指挥长", "市防汛抗旱指挥部")}),
    "negative: a township in a list of units that spoke is no name (县自然资源局、白沙镇作了交流发言)": (
        "会上,县发展和改革局、县自然资源局、白沙镇作了交流发言。",
        set(), set()),
    "the same in Traditional (縣財政局、白石鄉作了表態發言)": (
        "會上,縣財政局、白石鄉作了表態發言,縣長李強講話。",
        {"李强"}, {("李强", "县长", "县政府")}),
    # ---------------------------------------------------------------- a round's leaders read out: 由某任组长, 授权某同志为
    "T由钱某任组长，巡察A: the name before 任, not with it": (
        "集团党委第二巡察组由钱斌任组长，巡察华嘉煤业有限责任公司党委。",
        {"钱斌"}, {("钱斌", "组长", "集团党委第二巡察组")}),
    "the same in Traditional, T由陶某任組長": (
        "集團黨委第三巡察組由陶麗任組長，巡察華嘉物流有限公司黨支部。",
        {"陶丽"}, {("陶丽", "组长", "集团党委第三巡察组")}),
    "授权蓝某同志为T组长: the name after the verb 授权, whose 权 is a surname too": (
        "二、授权蓝海同志为市委第七巡察组组长，带领巡察组对白水区城市管理综合执法局党组开展提级巡察。",
        {"蓝海"}, {("蓝海", "组长", "市委第七巡察组")}),
}
