package importer

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// tenfold builds an issue ten times the sample: the contents and the body
// repeated with every title renamed (a copy number appended), the
// masthead once.
func tenfold(tb testing.TB) []byte {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	s := string(src)
	mast := strings.Index(s, "# 天津支部生活")
	body := strings.Index(s, "# 百年奋斗")
	tocStart := strings.Index(s, "# 目录")
	pre, toc, masthead, rest := s[:tocStart], s[tocStart:mast], s[mast:body], s[body:]
	// Rename: every contents line and every heading gets the copy number.
	heading := regexp.MustCompile(`(?m)^(#{1,6} .+|[^#\n].*)$`)
	var tocs, bodies strings.Builder
	for k := 0; k < 10; k++ {
		suffix := fmt.Sprintf("之%d", k+1)
		ren := func(part string, onlyHeadings bool) string {
			return heading.ReplaceAllStringFunc(part, func(l string) string {
				if onlyHeadings && !strings.HasPrefix(l, "#") {
					return l
				}
				return l + suffix
			})
		}
		_ = ren
		t := toc
		if k > 0 {
			t = strings.Replace(toc, "# 目录 CONTENTS", "", 1)
		}
		tocs.WriteString(strings.NewReplacer("\n## ■", "\n## ■"+suffix).Replace(t))
		bodies.WriteString(pre)
		bodies.WriteString(rest)
		bodies.WriteString("\n\n")
	}
	return []byte(tocs.String() + masthead + bodies.String())
}

func BenchmarkImportSample(b *testing.B) {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Markdown(bytes.NewReader(src), "sample.md", nil); err != nil {
			b.Fatal(err)
		}
	}
}
