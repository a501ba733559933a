package examplestest

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

var formatMD = filepath.Join(root, "docs", "format.md")

func readFormat(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(formatMD)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// embedRE finds the example files that docs/format.md reproduces, between
// <!-- begin PATH --> and <!-- end PATH --> around a fenced block.
var embedRE = regexp.MustCompile("(?s)<!-- begin ([^ ]+) -->\n```[a-z]*\n(.*?)```\n<!-- end ([^ ]+) -->")

// TestFormatDocEmbedsExamples checks that the examples printed in
// docs/format.md are exactly the files in examples/minimal, so that the
// documentation shows what the tests import.
func TestFormatDocEmbedsExamples(t *testing.T) {
	doc := readFormat(t)
	ms := embedRE.FindAllStringSubmatch(doc, -1)
	want := map[string]bool{"examples/minimal/issue.md": false, "examples/minimal/issue.json": false}
	for _, m := range ms {
		path, body := m[1], m[2]
		if m[3] != path {
			t.Errorf("begin %s closed by end %s", path, m[3])
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
		if err != nil {
			t.Error(err)
			continue
		}
		want[path] = true
		if body != string(data) {
			t.Errorf("docs/format.md's copy of %s differs from the file (%d bytes, file %d): first difference at line %d",
				path, len(body), len(data), firstDiffLine(body, string(data)))
		}
	}
	for path, seen := range want {
		if !seen {
			t.Errorf("docs/format.md does not reproduce %s", path)
		}
	}
}

func firstDiffLine(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// TestFormatDocCoversJSONKeys checks that every JSON key of the model
// (every json tag reachable from model.Issue) is documented, as `key`, in
// docs/format.md: a field added to the model without documentation fails
// here.
func TestFormatDocCoversJSONKeys(t *testing.T) {
	doc := readFormat(t)
	keys := map[string]bool{"text": true} // Block's derived key, added by MarshalJSON
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(tp reflect.Type) {
		for tp.Kind() == reflect.Pointer || tp.Kind() == reflect.Slice || tp.Kind() == reflect.Array {
			tp = tp.Elem()
		}
		if tp.Kind() != reflect.Struct || seen[tp] {
			return
		}
		seen[tp] = true
		for i := range tp.NumField() {
			f := tp.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			keys[name] = true
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(model.Issue{}))
	if len(keys) < 40 {
		t.Fatalf("only %d JSON keys found: the walk is broken", len(keys))
	}
	var missing []string
	for k := range keys {
		if !strings.Contains(doc, "`"+k+"`") {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("JSON keys not documented in docs/format.md: %v", missing)
	}
	// And every block and inline type.
	for _, ty := range []string{string(model.Paragraph), string(model.Heading), string(model.Figure), string(model.Quote),
		string(model.List), string(model.Table), string(model.Lines), string(model.Text), string(model.Strong),
		string(model.Emphasis), string(model.Link), string(model.LineBreak)} {
		if !strings.Contains(doc, "| `"+ty+"` |") {
			t.Errorf("type %q has no row in docs/format.md", ty)
		}
	}
}

// TestFormatDocNamesPasses imports the sample issues and checks that the
// pass of every diagnostic they produce is named in docs/format.md.
func TestFormatDocNamesPasses(t *testing.T) {
	doc := readFormat(t)
	passes := map[string]bool{}
	for _, path := range []string{
		filepath.Join(root, "examples", "tianjin-2024-09", "issue.md"),
		minimalMD,
		filepath.Join(root, "examples", "html", "issue.html"),
	} {
		res, err := importer.ImportFile(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Diagnostics {
			passes[d.Pass] = true
		}
	}
	if len(passes) < 10 {
		t.Fatalf("only %d passes seen", len(passes))
	}
	for p := range passes {
		if !strings.Contains(doc, "`"+p+"`") {
			t.Errorf("pass %q is not named in docs/format.md", p)
		}
	}
}

// TestHTMLExample imports examples/html/issue.html: a CMS export with
// navigation, scripts and wrappers must give a clean issue with the same
// structure as the minimal Markdown issue's first three articles.
func TestHTMLExample(t *testing.T) {
	res := importClean(t, filepath.Join(root, "examples", "html", "issue.html"))
	md, err := importer.ImportFile(minimalMD, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, a := range res.Issue.Articles() {
		got = append(got, a.Title+"|"+a.Series+"|"+a.ColumnLabel+"|"+strings.Join(a.Authors, " ")+"|"+a.EndMark+"|"+a.AuthorNote)
	}
	for _, a := range md.Issue.Articles()[:3] {
		want = append(want, a.Title+"|"+a.Series+"|"+a.ColumnLabel+"|"+strings.Join(a.Authors, " ")+"|"+a.EndMark+"|"+a.AuthorNote)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("HTML articles:\n%q\nwant (as the Markdown):\n%q", got, want)
	}
	m := res.Issue.Meta
	if m.Title != "海河月刊" || m.Date != "2025-04-05" || m.ISSN != "2049-3630" || m.Cover == nil || len(m.Notices) != 2 {
		t.Errorf("HTML meta: %+v", m)
	}
	a1 := res.Issue.Articles()[0]
	if got, want := a1.Blocks[0].Text(), md.Issue.Articles()[0].Blocks[0].Text(); got != want {
		t.Errorf("HTML first paragraph (split at a page end) = %q, want %q", got, want)
	}
	for _, b := range res.Issue.Articles()[2].Blocks {
		if strings.Contains(b.Text(), "首页") || strings.Contains(b.Text(), "cms") {
			t.Errorf("navigation or script text leaked into the issue: %q", b.Text())
		}
	}
}
