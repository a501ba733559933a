package importer

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// TestQuoteDepth: quotes nest at most MaxQuoteDepth levels; deeper
// markers are taken as the last level's, with a warning naming the line,
// and the text is kept.
func TestQuoteDepth(t *testing.T) {
	src := issueMD("标题", "引文之前。\n\n"+strings.Repeat("> ", 5000)+"最深处的引文。\n\n引文之后。")
	res, err := Markdown(strings.NewReader(src), "deep.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	depth, text := 0, ""
	var walk func(bs []model.Block, d int)
	walk = func(bs []model.Block, d int) {
		for i := range bs {
			if bs[i].Type == model.Quote {
				depth = max(depth, d+1)
				walk(bs[i].Children, d+1)
			} else if d > 0 {
				text += bs[i].Text()
			}
		}
	}
	walk(res.Issue.Sections[0].Articles[0].Blocks, 0)
	if depth != MaxQuoteDepth || text != "最深处的引文。" {
		t.Errorf("depth %d, text %q; want %d, 最深处的引文。", depth, text, MaxQuoteDepth)
	}
	warned := false
	for _, d := range res.Diagnostics {
		warned = warned || d.Pass == "quotes" && d.Line == 17 && d.Severity == model.Warning
	}
	if !warned {
		t.Errorf("no quotes warning at line 17: %v", res.Diagnostics)
	}
}
