package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/paiban/paiban/"

// rules maps a package to import paths (or prefixes) it must not depend on,
// directly or indirectly.
var rules = map[string][]string{
	"model":            {mod + "importer", mod + "epub", mod + "pdf", mod + "layout", mod + "fonts", "github.com/signintech/gopdf", "github.com/go-shiori/go-epub", "github.com/PuerkitoBio/goquery"},
	"epub":             {mod + "layout", mod + "pdf", "github.com/signintech/gopdf"},
	"pdf":              {mod + "epub", "github.com/go-shiori/go-epub"},
	"layout":           {mod + "pdf", mod + "epub", "github.com/signintech/gopdf", "github.com/go-shiori/go-epub"},
	"layout/linebreak": {mod + "fonts", mod + "model", "github.com/signintech/gopdf"},
	"importer":         {mod + "epub", mod + "pdf", mod + "layout"},
	"fonts":            {mod + "layout", mod + "pdf", mod + "epub", "github.com/signintech/gopdf"},
}

func TestOneWayImports(t *testing.T) {
	for pkg, banned := range rules {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", mod+pkg).CombinedOutput()
		if err != nil {
			t.Errorf("go list %s: %v\n%s", pkg, err, out)
			continue
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range banned {
				if dep == b || strings.HasPrefix(dep, b+"/") {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
