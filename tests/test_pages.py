"""kg.ingest.pages: a news page becomes its article text plus the metadata it declares."""
from __future__ import annotations

from kg.extract.normalise import normalise
from kg.extract.structure import structure
from kg.ingest.files import read_document
from kg.ingest.pages import html_to_text, iso_date

# A page shaped like the sites the samples come from (text of sample 000), with the usual furniture.
PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>市委第四巡察组向下花园区委反馈巡察情况_张家口市纪委监委网站</title>
<meta name="ArticleTitle" content="市委第四巡察组向下花园区委反馈巡察情况">
<meta name="PubDate" content="2021-04-01 16:03">
<meta name="ContentSource" content="张家口市委巡察办">
<style>.nav { color: red }</style>
<script>var tracker = "巡察组组长";</script>
</head>
<body>
<nav><a href="/">首页</a> <a href="/xc">巡视巡察</a></nav>
<div class="header" role="banner">张家口市纪委监委网站</div>
<iframe src="ads.html">广告内容</iframe>
<div class="article">
  <h1>市委第四巡察组向下花园区委反馈巡察情况</h1>
  <div class="info">来源:张家口市委巡察办&nbsp;&nbsp;发布时间:2021-04-01 16:03:32</div>
  <p>根据市委关于巡察反馈工作的统一部署,近日,市委第四巡察组
     巡察河北下花园经济开发区党工委反馈会议召开。</p>
  <p>组长乔树军<b>分别</b>向下花园区委书记王小军反馈了有关巡察情况。<br>王小军主持反馈会议。</p>
  <!-- 评论区 -->
  <script>document.write("分享")</script>
  <p style="display: none">隐藏的文字</p>
</div>
<footer><form><input value="搜索"><button>搜索</button></form></footer>
</body></html>
"""


def test_article_text_kept_furniture_dropped():
    text, _meta = html_to_text(PAGE)
    lines = text.splitlines()
    assert lines[0] == "市委第四巡察组向下花园区委反馈巡察情况"
    assert "来源:张家口市委巡察办\xa0\xa0发布时间:2021-04-01 16:03:32" in lines  # &nbsp; is the normaliser's job
    # inline markup and source line breaks do not split a paragraph (nor add a space inside Chinese); <br> does
    assert "组长乔树军分别向下花园区委书记王小军反馈了有关巡察情况。" in lines
    assert "王小军主持反馈会议。" in lines
    assert "根据市委关于巡察反馈工作的统一部署,近日,市委第四巡察组巡察河北下花园经济开发区党工委反馈会议召开。" in lines
    for dropped in ["tracker", "color", "首页", "广告内容", "评论区", "分享", "隐藏的文字", "搜索", "张家口市纪委监委网站"]:
        assert dropped not in text


def test_meta_tags_become_metadata():
    _text, meta = html_to_text(PAGE)
    assert meta.title == "市委第四巡察组向下花园区委反馈巡察情况"
    assert meta.issued == "2021-04-01"
    assert meta.source == "张家口市委巡察办"


def test_page_title_added_when_the_body_lacks_it():
    text, meta = html_to_text("<html><head><title>省委巡视组反馈巡视情况</title></head>"
                              "<body><p>8月16日,省委第九巡视组反馈巡视情况。</p></body></html>")
    assert text.splitlines()[0] == "省委巡视组反馈巡视情况"
    assert meta.title == "省委巡视组反馈巡视情况"


def test_site_suffix_of_page_title_is_left_out_when_the_body_shows_the_article_title():
    text, meta = html_to_text("<html><head><title>关于巡察整改进展情况的通报 - 廉洁通江</title></head>"
                              "<body><div>关于巡察整改进展情况的通报</div><p>现将巡察整改情况予以公布。</p></body></html>")
    assert meta.title == "关于巡察整改进展情况的通报"
    assert text.splitlines() == ["关于巡察整改进展情况的通报", "现将巡察整改情况予以公布。"]


def test_site_logo_heading_is_not_the_title():
    page = ("<html><head><title>巡察整改情况通报_通江县人民政府</title></head><body>"
            "<div class='logo'><h1>通江县人民政府</h1></div><div><h1>巡察整改情况通报</h1><p>现予公布。</p></div>"
            "</body></html>")
    text, meta = html_to_text(page)
    assert meta.title == "巡察整改情况通报"
    assert text.splitlines() == ["通江县人民政府", "巡察整改情况通报", "现予公布。"]


def test_site_suffix_is_cut_from_a_page_title_the_body_lacks():
    _text, meta = html_to_text("<html><head><title>省委巡视组反馈巡视情况 - 辽宁纪检监察网</title></head>"
                               "<body><p>正文。</p></body></html>")
    assert meta.title == "省委巡视组反馈巡视情况"


def test_deeply_nested_page_does_not_overflow():
    depth = 5000
    text, _ = html_to_text("<div>" * depth + "巡察整改情况。" + "</div>" * depth)
    assert text == "巡察整改情况。\n"


def test_iso_date_forms():
    assert iso_date("2021-04-01T16:03:32+08:00") == "2021-04-01"
    assert iso_date("2021年6月30日") == "2021-06-30"
    assert iso_date("2021/4/1") == "2021-04-01"
    assert iso_date("2021-13-01") is None
    assert iso_date("阅读量:1795") is None


def test_html_document_original_is_the_extracted_text(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    doc = structure(normalise(read_document(path)))
    assert "<p>" not in doc.original and doc.original.startswith("市委第四巡察组")
    assert doc.metadata.issued == "2021-04-01" and doc.metadata.source == "张家口市委巡察办"
    start = doc.text.index("乔树军")
    evidence = doc.evidence(start, start + 3)
    assert doc.original[evidence.start:evidence.end] == evidence.text
    assert evidence.text == "组长乔树军分别向下花园区委书记王小军反馈了有关巡察情况。"


def test_table_cells_stay_on_one_line_and_canonical_url_is_kept():
    page = ("<html><head><link rel='canonical' href='http://www.example.gov.cn/xc/1.html'></head><body>"
            "<table><tr><td>来源:</td><td>县委巡察办</td><td>发布时间:</td><td>2021-04-30</td></tr>"
            "<tr><td><p>现将巡察整改情况予以公布。</p></td></tr></table></body></html>")
    text, meta = html_to_text(page)
    assert text.splitlines() == ["来源: 县委巡察办 发布时间: 2021-04-30", "现将巡察整改情况予以公布。"]
    assert meta.url == "http://www.example.gov.cn/xc/1.html"
