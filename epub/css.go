package epub

import "strings"

// The style sheet keeps to what Chinese reading systems honour (see
// docs: typesetting.md §B.1): a 2em first-line indent, justified text,
// strict line breaking, font stacks that end in a generic family, and
// headings in sans. Reading systems override much of it; nothing here
// carries meaning.
const (
	serifStack = `"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif`
	sansStack  = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Heiti SC", "Microsoft YaHei", sans-serif`
	kaiStack   = `"LXGW WenKai", "Kaiti SC", "STKaiti", "KaiTi", serif`
)

const cssBody = `html { line-height: 1.75; }
body { font-family: BODY; margin: 0 0.5em; }
p { text-indent: 2em; margin: 0; text-align: justify;
  line-break: strict; -webkit-line-break: strict; -epub-line-break: strict;
  widows: 2; orphans: 2; }
h1, h2, h3, h4, h5, h6 { font-family: SANS; font-weight: bold; text-indent: 0;
  line-height: 1.4; text-align: center; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.5em; margin: 1em 0 0.5em; }
h2 { font-size: 1.2em; margin: 1em 0 0.5em; }
h3, h4, h5, h6 { font-size: 1em; margin: 0.8em 0 0.4em; text-align: left; }
strong { font-family: SANS; font-weight: bold; }
em { font-style: normal; text-emphasis: dot; -webkit-text-emphasis: dot; }
.nobr { white-space: nowrap; }
header { margin-bottom: 1em; }
.column-label, .deck, .byline, .series-credit, .contents-issue, .colophon-issue {
  text-indent: 0; text-align: center; }
.column-label { font-family: SANS; color: #b3131b; }
.deck { font-family: SANS; font-size: 1.05em; }
.byline, .caption, figcaption, .author-note p, .cover-credit, .series-credit {
  font-family: KAI; }
.byline { margin-top: 0.5em; }
.section-opener, .series { margin-top: 20%; }
.section-title { font-size: 2em; color: #b3131b; }
.series-title { font-size: 1.6em; }
figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; }
figcaption, .caption { text-indent: 0; text-align: center; font-size: 0.9em; margin: 0.5em 0; }
.credit { white-space: nowrap; }
.author-note { margin-top: 1em; }
.author-note p { text-indent: 0; font-size: 0.9em; }
.end-mark { padding-left: 0.5em; font-family: SANS; }
.end { text-align: right; }
.lines { text-indent: 0; }
blockquote { margin: 0.5em 2em; }
ul, ol { margin: 0.5em 0; padding-left: 2em; }
li p { text-indent: 0; }
table { border-collapse: collapse; margin: 1em auto; }
th, td { border: 1px solid #888; padding: 0.2em 0.4em; }
.contents ol { list-style: none; padding-left: 1.5em; margin: 0; }
.contents > ol { padding-left: 0; }
.toc-section { margin-top: 0.8em; font-family: SANS; font-weight: bold; }
.toc-series, .toc-article { font-family: BODY; font-weight: normal; }
.toc-authors { font-family: KAI; font-size: 0.9em; padding-left: 0.5em; }
.contents a { text-decoration: none; color: inherit; }
.colophon dl { margin: 1em 0; }
.masthead-line { text-indent: 0; }
.colophon dt { font-family: SANS; font-weight: bold; float: left; clear: left; margin-right: 0.5em; }
.colophon dd { margin: 0 0 0.2em 0; }
.notices { margin-top: 1.5em; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover-image { max-width: 100%; max-height: 100%; max-height: 98vh; }
.text-cover p { text-indent: 0; text-align: center; }
.text-cover .cover-title { font-family: SANS; font-size: 2.4em; font-weight: bold; color: #fff;
  background-color: #b3131b; padding: 1.5em 0 0.3em; margin: 0; }
.text-cover .cover-number { font-family: SANS; font-size: 1.3em; color: #fff; background-color: #b3131b; }
.text-cover .cover-total { color: #ffe9c0; background-color: #b3131b; padding-bottom: 1em; }
.text-cover .cover-section { font-family: SANS; font-size: 1.2em; margin-top: 0.3em; }
.text-cover .cover-date { margin-top: 2em; }
`

// stylesheet returns the book's CSS; with an embedded body font its
// family leads the body stack.
func stylesheet(embedded bool) string {
	body := serifStack
	head := ""
	if embedded {
		body = `"` + bodyFamily + `", ` + serifStack
		head = `@font-face { font-family: "` + bodyFamily + `"; src: url(../fonts/` + bodyFontFile + `); }` + "\n"
	}
	r := strings.NewReplacer("BODY", body, "SANS", sansStack, "KAI", kaiStack)
	return head + r.Replace(cssBody)
}
