// Package checktool runs the outside checkers that tests use on the
// editions (EPUBCheck). A checker that is not installed skips the test,
// except under CI=true, where it fails it: CI must not pass by checking
// nothing.
package checktool

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// EPUBCheckJar is where Debian's epubcheck package puts EPUBCheck; the
// EPUBCHECK_JAR environment variable overrides it.
const EPUBCheckJar = "/usr/share/java/epubcheck.jar"

// EPUBCheck runs EPUBCheck on the book at path and fails the test on any
// fatal, error or warning, listing each with its location.
func EPUBCheck(t testing.TB, path string) {
	t.Helper()
	jar := EPUBCheckJar
	if j := os.Getenv("EPUBCHECK_JAR"); j != "" {
		jar = j
	}
	_, errJava := exec.LookPath("java")
	_, errJar := os.Stat(jar)
	if errJava != nil || errJar != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("EPUBCheck is required under CI (java: %v, jar: %v)", errJava, errJar)
		}
		t.Skipf("EPUBCheck not available (java: %v, jar: %v)", errJava, errJar)
	}
	out := filepath.Join(t.TempDir(), "epubcheck.json")
	cmd := exec.Command("java", "-jar", jar, "--json", out, path)
	log, _ := cmd.CombinedOutput() // exit status 1 on errors; the JSON says which
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("EPUBCheck wrote no report: %v\n%s", err, log)
	}
	var rep struct {
		Checker struct {
			NFatal, NError, NWarning int
		} `json:"checker"`
		Messages []struct {
			ID        string `json:"ID"`
			Severity  string `json:"severity"`
			Message   string `json:"message"`
			Locations []struct {
				Path   string `json:"path"`
				Line   int    `json:"line"`
				Column int    `json:"column"`
			} `json:"locations"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("EPUBCheck report: %v", err)
	}
	var bad []string
	for _, m := range rep.Messages {
		switch m.Severity {
		case "FATAL", "ERROR", "WARNING":
			loc := ""
			if len(m.Locations) > 0 {
				l := m.Locations[0]
				loc = fmt.Sprintf(" [%s:%d:%d]", l.Path, l.Line, l.Column)
			}
			bad = append(bad, fmt.Sprintf("%s %s %s%s", m.Severity, m.ID, m.Message, loc))
		}
	}
	c := rep.Checker
	if c.NFatal+c.NError+c.NWarning > 0 || len(bad) > 0 {
		t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", c.NFatal, c.NError, c.NWarning, strings.Join(bad, "\n"))
	}
}

// Tool returns the path of the named command, skipping the test when it is
// missing (failing it under CI=true).
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required under CI: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}
