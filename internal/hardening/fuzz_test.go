package hardening

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/pdf"
)

// pipeline runs src through import → layout → PDF → EPUB in memory and
// returns the first error that is not an expected refusal of the input
// (an import error, a picture, the page limit), or a lost paragraph.
func pipeline(src string) error {
	res, err := importer.Markdown(strings.NewReader(src), "fuzz.md", nil)
	if err != nil {
		return nil
	}
	popts := &pdf.Options{Layout: &layout.Options{Substitute: true, MaxPages: 200}}
	doc, err := pdf.Layout(res.Issue, popts)
	if err != nil {
		if strings.Contains(err.Error(), "image") || strings.Contains(err.Error(), "MaxPages") {
			return nil
		}
		return fmt.Errorf("layout: %w", err)
	}
	if err := pdf.Draw(io.Discard, doc, popts); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var eb bytes.Buffer
	if err := epub.Write(&eb, res.Issue, &epub.Options{PageMap: doc.PageMap, NoFont: true}); err != nil {
		if strings.Contains(err.Error(), "image") {
			return nil
		}
		return fmt.Errorf("epub: %w", err)
	}
	lost, err := lostInEPUB(res.Issue, eb.Bytes())
	if err != nil {
		return err
	}
	if len(lost) > 0 {
		return fmt.Errorf("%d texts not in the EPUB, first %.200q", len(lost), lost[0])
	}
	return nil
}

// FuzzPipeline checks that no Markdown source makes the pipeline panic,
// hang, fail after a successful import (other than refusing a picture or
// passing the page limit) or lose the text of a block on its way to the
// EPUB.
func FuzzPipeline(f *testing.F) {
	f.Add(issueMD("标题", "第一段。\n\n## 小标题\n\n> 引文\n\n- 项\n\n| a | b |\n| --- | --- |\n| 1 |\n\n第二段。★"))
	f.Add(string(deepQuote(40)))
	f.Add(issueMD("图", "![图](images/x.png)\n\n图说 张三 摄"))
	for _, n := range []string{"toc-nomatch.md", "duplicate-titles.md", "empty-article.md", "ragged-table.md", "controls.md", "rtl.md", "nofont.md"} {
		if b, err := os.ReadFile(filepath.Join(badDir, n)); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan error, 1)
		go func() { done <- pipeline(src) }()
		select {
		case err := <-done:
			if err != nil {
				t.Error(err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no result within 20 s")
		}
	})
}
