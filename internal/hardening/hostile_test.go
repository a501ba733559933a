package hardening

import (
	"bytes"
	"strings"
	"testing"
)

// forbidden are the marks of active or remote content: none may be in
// any file of the EPUB made from testdata/bad/hostile.html.
var forbidden = []string{
	"<script", "<iframe", "<object", "<embed", "<form", "<input", "<base", "<meta http-equiv",
	"onclick", "onload", "onerror", "onmouseover", "javascript:", "vbscript:", "data:",
	"evil.example", "http://", "@import", "steal.css", "<link rel=\"stylesheet\" href=\"http",
}

// inert checks that nothing of the hostile page's active or remote
// content reached the EPUB, in any file, and that its text did.
func inert(t *testing.T, o outcome) {
	files, names, err := epubFiles(o.epub)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		low := bytes.ToLower(files[n])
		for _, f := range forbidden {
			if f == "http://" && !strings.HasSuffix(n, "html") {
				continue // namespaces in the package document and CSS are http URIs
			}
			if i := bytes.Index(low, []byte(f)); i >= 0 && !(f == "http://" && namespaceAt(low, i)) {
				t.Errorf("%s holds %q: …%s…", n, f, low[max(0, i-40):min(len(low), i+60)])
			}
		}
	}
	epubHas("第一段正文，段落上有事件属性。", "脚本之后的第二段正文", "仍然完整", "最后一段正文", "远程图片的图说", "数据图片", "脚本链接", "正常链接")(t, o)
	if !bytes.Contains(files["EPUB/xhtml/a001.xhtml"], []byte(`href="https://example.org/ok"`)) {
		found := false
		for _, n := range names {
			found = found || bytes.Contains(files[n], []byte(`href="https://example.org/ok"`))
		}
		if !found {
			t.Error("the safe https link is gone")
		}
	}
}

// namespaceAt reports whether the http:// at i in b is an XML namespace
// or DOCTYPE URI (xmlns="http://…", the W3C's and IDPF's), not a link.
func namespaceAt(b []byte, i int) bool {
	rest := string(b[i:min(len(b), i+40)])
	for _, ok := range []string{"http://www.w3.org/", "http://www.idpf.org/", "http://purl.org/"} {
		if strings.HasPrefix(rest, ok) {
			return true
		}
	}
	return false
}
