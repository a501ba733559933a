package main

import (
	"archive/zip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// buildOne builds issue with the extra flags into a fresh folder and
// returns the folder and the stderr.
func buildOne(t *testing.T, issue string, flags ...string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	rc, _, errs := build(t, append([]string{"-o", dir}, append(flags, issue)...)...)
	if rc != 0 {
		t.Fatalf("build %q: rc %d\n%s", flags, rc, errs)
	}
	return dir, errs
}

var boxRE = regexp.MustCompile(`/(MediaBox|TrimBox|BleedBox) \[ ?([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+) ?\]`)

// firstBoxes returns the first MediaBox, TrimBox and BleedBox of a PDF as
// widths and x offsets in points.
func firstBoxes(t *testing.T, path string) map[string][4]float64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	boxes := map[string][4]float64{}
	for _, m := range boxRE.FindAllStringSubmatch(string(b), -1) {
		if _, ok := boxes[m[1]]; ok {
			continue
		}
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(m[2+i], 64)
		}
		boxes[m[1]] = v
	}
	if len(boxes) != 3 {
		t.Fatalf("%s: boxes %v", path, boxes)
	}
	return boxes
}

func TestOptionPageFlags(t *testing.T) {
	_, base := buildOne(t, minimalJSON, "--pdf", "--pad", "1")
	n := pages(t, base)
	if _, padded := buildOne(t, minimalJSON, "--pdf", "--pad", "5"); pages(t, padded)%5 != 0 || pages(t, padded) < n {
		t.Errorf("--pad 5: %d pages, unpadded %d", pages(t, padded), n)
	}
	if n%4 == 0 {
		t.Fatalf("the unpadded minimal issue has %d pages: cannot tell padding by 4 from none", n)
	}
	if _, def := buildOne(t, minimalJSON, "--pdf"); pages(t, def)%4 != 0 {
		t.Errorf("default padding: %d pages", pages(t, def))
	}
	if _, nc := buildOne(t, minimalJSON, "--pdf", "--pad", "1", "--no-cover"); pages(t, nc) != n-1 {
		t.Errorf("--no-cover: %d pages, with cover %d", pages(t, nc), n)
	}
}

func TestOptionBoxFlags(t *testing.T) {
	def, _ := buildOne(t, minimalJSON, "--pdf")
	d := firstBoxes(t, filepath.Join(def, "issue.pdf"))
	trimW := d["TrimBox"][2] - d["TrimBox"][0]
	if bleed := d["TrimBox"][0] - d["BleedBox"][0]; !near(bleed, 3*72/25.4) || !near(trimW, 210*72/25.4) {
		t.Errorf("default: bleed %.2f pt, trim width %.2f pt", bleed, trimW)
	}
	for _, c := range []struct {
		flags        []string
		bleed, width float64 // mm
		slug         float64 // pt
	}{
		{[]string{"--bleed", "0"}, 0, 210, 0},
		{[]string{"--bleed", "5"}, 5, 210, 0},
		{[]string{"--size", "16k"}, 3, 185, 0},
		{[]string{"--size", "a4", "--crop-marks"}, 3, 210, 24},
	} {
		dir, _ := buildOne(t, minimalJSON, append([]string{"--pdf"}, c.flags...)...)
		b := firstBoxes(t, filepath.Join(dir, "issue.pdf"))
		bleed := b["TrimBox"][0] - b["BleedBox"][0]
		w := b["TrimBox"][2] - b["TrimBox"][0]
		slug := b["BleedBox"][0] - b["MediaBox"][0]
		if !near(bleed, c.bleed*72/25.4) || !near(w, c.width*72/25.4) || !near(slug, c.slug) {
			t.Errorf("%q: bleed %.2f pt, trim width %.2f pt, slug %.2f pt; want %g mm, %g mm, %g pt", c.flags, bleed, w, slug, c.bleed, c.width, c.slug)
		}
	}
}

func near(a, b float64) bool { return a-b < 0.02 && b-a < 0.02 }

// TestOptionTextFlags checks --body and --columns through the text layer
// of body pages.
func TestOptionTextFlags(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	// The commonest line length (spaces that pdftotext puts after
	// compressed punctuation left out) is the column's characters: most
	// lines are full, and only some hold compressed punctuation.
	perLine := func(flags ...string) int {
		dir, _ := buildOne(t, sampleIssue, append([]string{"--pdf", "--pad", "1"}, flags...)...)
		out, err := exec.Command("pdftotext", "-f", "5", "-l", "12", filepath.Join(dir, "issue.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		count := map[int]int{}
		for _, l := range strings.Split(string(out), "\n") {
			if n := len([]rune(strings.ReplaceAll(strings.TrimSpace(l), " ", ""))); n > 0 {
				count[n]++
			}
		}
		mode := 0
		for n, c := range count {
			if c > count[mode] || c == count[mode] && n < mode {
				mode = n
			}
		}
		return mode
	}
	def, body9, cols3, cols1 := perLine(), perLine("--body", "9"), perLine("--columns", "3"), perLine("--columns", "1")
	// 210 mm less 33 mm of margins is 501.7 pt: 2 columns and a 2-em gap
	// hold 24 characters of 10 pt, 26 of 9 pt; 3 columns 15; 1 column 50.
	if def != 24 || body9 != 26 || cols3 != 15 || cols1 != 50 {
		t.Errorf("characters per line: default %d, --body 9 %d, --columns 3 %d, --columns 1 %d; want 24, 26, 15, 50", def, body9, cols3, cols1)
	}
}

func TestOptionEPUBFlags(t *testing.T) {
	hasFont := func(names []string) bool {
		return slices.ContainsFunc(names, func(n string) bool {
			return strings.HasSuffix(n, ".ttf") || strings.HasSuffix(n, ".otf")
		})
	}
	def, _ := buildOne(t, minimalJSON, "--epub")
	if !hasFont(zipNames(t, filepath.Join(def, "issue.epub"))) {
		t.Fatalf("default EPUB embeds no font: %q", zipNames(t, filepath.Join(def, "issue.epub")))
	}
	nf, _ := buildOne(t, minimalJSON, "--epub", "--no-font")
	if names := zipNames(t, filepath.Join(nf, "issue.epub")); hasFont(names) {
		t.Errorf("--no-font EPUB holds a font: %q", names)
	}
	named, errs := buildOne(t, minimalJSON, "--name", "haihe-2025-04")
	if got := strings.Join(dirNames(t, named), " "); got != "haihe-2025-04.epub haihe-2025-04.pdf" {
		t.Errorf("--name wrote %q\n%s", got, errs)
	}
}

// zipText returns the concatenated content of the EPUB's files whose
// names end in suffix.
func zipText(t *testing.T, path, suffix string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var sb strings.Builder
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, suffix) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		sb.Write(b)
	}
	return sb.String()
}

// --epub alone skips the print layout and so the page-list; --page-list
// asks for it; both editions always have it.
func TestOptionPageList(t *testing.T) {
	for _, c := range []struct {
		flags []string
		want  bool
	}{
		{[]string{"--epub"}, false},
		{[]string{"--epub", "--page-list"}, true},
		{nil, true},
	} {
		dir, _ := buildOne(t, minimalJSON, c.flags...)
		nav := zipText(t, filepath.Join(dir, "issue.epub"), "nav.xhtml")
		if got := strings.Contains(nav, `epub:type="page-list"`); got != c.want {
			t.Errorf("%q: page-list %v, want %v", c.flags, got, c.want)
		}
	}
}

// --keep-punct keeps the source's ASCII punctuation in Chinese text.
func TestOptionKeepPunct(t *testing.T) {
	src := filepath.Join(t.TempDir(), "p.md")
	if err := os.WriteFile(src, []byte("# 目录\n\n## ■栏目\n\n文章\n\n# 文章\n\n第一句,第二句。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{false, true} {
		flags := []string{"--epub"}
		if keep {
			flags = append(flags, "--keep-punct")
		}
		dir, _ := buildOne(t, src, flags...)
		text := zipText(t, filepath.Join(dir, "p.epub"), ".xhtml")
		if got := strings.Contains(text, "第一句,第二句"); got != keep {
			t.Errorf("--keep-punct=%v: ASCII comma kept %v", keep, got)
		}
	}
}
