package model

import (
	"regexp"
	"strconv"
)

// Issue is one issue of a magazine.
type Issue struct {
	// Meta is the issue's metadata; it marshals under the JSON key "issue".
	Meta Meta `json:"issue"`
	// Sections are the issue's sections (栏目) in reading order.
	Sections []Section `json:"sections"`
}

// Meta is the metadata of an issue: what the cover and the masthead say.
type Meta struct {
	// Source names the file the issue was imported from, for diagnostics.
	Source string `json:"source,omitempty"`
	// Title is the magazine's name, e.g. 天津支部生活.
	Title string `json:"title"`
	// Number is the issue number as printed, e.g. 2024年第09期.
	Number string `json:"number,omitempty"`
	// TotalNumber is the running number as printed, e.g. 总第1143期.
	TotalNumber string `json:"total_number,omitempty"`
	// HalfMonth is the half-month edition, e.g. 上半月, if any.
	HalfMonth string `json:"half_month,omitempty"`
	// Date is the cover date as YYYY-MM-DD. It is the only date the
	// renderers use (EPUB dcterms:modified, PDF dates): never the clock.
	Date string `json:"date,omitempty"`
	// Language is a BCP 47 tag; empty means zh-CN.
	Language string `json:"language,omitempty"`
	// ISSN is the serial's ISSN, e.g. 0412-0892.
	ISSN string `json:"issn,omitempty"`
	// CN is the Chinese domestic serial number, e.g. 12-1001/D.
	CN string `json:"cn,omitempty"`
	// Publisher is the publishing house (编辑出版).
	Publisher string `json:"publisher,omitempty"`
	// Identifier, when set, overrides the identifier the renderers derive
	// from ISSN and number.
	Identifier string `json:"identifier,omitempty"`
	// Masthead holds the colophon's key/value lines in printed order.
	Masthead []Pair `json:"masthead,omitempty"`
	// Notices are the issue's notices (声明), as blocks.
	Notices []Block `json:"notices,omitempty"`
	// Cover describes the cover picture, if the source names one.
	Cover *Cover `json:"cover,omitempty"`
	// Line is the source line of the masthead, 0 if unknown.
	Line int `json:"line,omitempty"`
}

// Pair is one key/value line of the masthead. It marshals as a two-element
// JSON array, [key, value].
type Pair [2]string

// Key returns the pair's key.
func (p Pair) Key() string { return p[0] }

// Value returns the pair's value.
func (p Pair) Value() string { return p[1] }

// Cover describes the issue's cover.
type Cover struct {
	// Image is the path of the cover image relative to the issue's folder;
	// empty when the source names none.
	Image string `json:"image,omitempty"`
	// Caption says what the cover shows, e.g. 会师金汤桥塑像.
	Caption string `json:"caption,omitempty"`
	// Credit names the photographer or artist.
	Credit string `json:"credit,omitempty"`
	// Line is the source line.
	Line int `json:"line,omitempty"`
}

// Lang returns the issue's language tag, zh-CN when none is set.
func (m *Meta) Lang() string {
	if m.Language == "" {
		return "zh-CN"
	}
	return m.Language
}

var (
	numberRE = regexp.MustCompile(`(\d{4})\s*年\s*第\s*(\d+)\s*期`)
	totalRE  = regexp.MustCompile(`(\d+)`)
)

// YearIssue parses Number (e.g. 2024年第09期) into year and issue number.
// It returns zeros when Number does not have that form.
func (m *Meta) YearIssue() (year, no int) {
	sm := numberRE.FindStringSubmatch(m.Number)
	if sm == nil {
		return 0, 0
	}
	year, _ = strconv.Atoi(sm[1])
	no, _ = strconv.Atoi(sm[2])
	return year, no
}

// Total parses TotalNumber (e.g. 总第1143期) into its number, 0 if none.
func (m *Meta) Total() int {
	s := totalRE.FindString(m.TotalNumber)
	n, _ := strconv.Atoi(s)
	return n
}

// MastheadValue returns the value of the first masthead pair whose key is
// key, and whether there was one.
func (m *Meta) MastheadValue(key string) (string, bool) {
	for _, p := range m.Masthead {
		if p[0] == key {
			return p[1], true
		}
	}
	return "", false
}

// Section is one section (栏目) of an issue, e.g. ■理论.
type Section struct {
	// ID is a stable identifier for anchors and file names (see AssignIDs).
	ID string `json:"id,omitempty"`
	// Name is the section's name as printed, with its decoration, e.g. ■理论.
	Name string `json:"name"`
	// Intro holds blocks that introduce the section, if any.
	Intro []Block `json:"intro,omitempty"`
	// Series lists the groups of articles (a series such as
	// 百年奋斗 百年辉煌) that articles of this section name in Article.Series.
	Series []Series `json:"series,omitempty"`
	// Articles are the section's articles in reading order.
	Articles []Article `json:"articles"`
	// Line is the source line of the section's contents entry or heading.
	Line int `json:"line,omitempty"`
}

// Series is a named group of articles within a section, with its own intro
// and credit line (e.g. 中共天津市委党校 中共天津市委支部生活社 合办).
type Series struct {
	// ID is a stable identifier (see AssignIDs).
	ID string `json:"id,omitempty"`
	// Name is the series title as printed.
	Name string `json:"name"`
	// Intro holds the series' introduction.
	Intro []Block `json:"intro,omitempty"`
	// Credit is the series' credit line, as printed.
	Credit string `json:"credit,omitempty"`
	// Line is the source line.
	Line int `json:"line,omitempty"`
}

// SeriesByName returns the section's series called name, or nil.
func (s *Section) SeriesByName(name string) *Series {
	for i := range s.Series {
		if s.Series[i].Name == name {
			return &s.Series[i]
		}
	}
	return nil
}

// Article is one article of a section.
type Article struct {
	// ID is a stable identifier for anchors and file names (see AssignIDs).
	ID string `json:"id,omitempty"`
	// Title is the article's title.
	Title string `json:"title"`
	// Subtitle is the deck or second title line, if any.
	Subtitle string `json:"subtitle,omitempty"`
	// Series names the Series of the section this article belongs to.
	Series string `json:"series,omitempty"`
	// ColumnLabel is a column label such as ·我讲我心·.
	ColumnLabel string `json:"column_label,omitempty"`
	// Byline is the byline as printed, e.g. 文/本刊记者 李圆圆.
	Byline string `json:"byline,omitempty"`
	// Authors are the names parsed from the byline or the contents.
	Authors []string `json:"authors,omitempty"`
	// AuthorNote is a note on the author such as （作者系…）.
	AuthorNote string `json:"author_note,omitempty"`
	// EndMark is the decorative end mark (■, ★, 文 …), kept as data.
	EndMark string `json:"end_mark,omitempty"`
	// Audio is set when the article carries a QR code for audio (扫码听音频).
	Audio bool `json:"audio,omitempty"`
	// Blocks is the article's body.
	Blocks []Block `json:"blocks"`
	// Line is the source line of the article's title.
	Line int `json:"line,omitempty"`
}
