package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// job is one issue of a batch and where its editions go.
type job struct {
	index int    // position on the command line, from 0
	input string // the path as given
	name  string // output base name, without extension
}

// planJobs names the outputs of every input. Inputs whose base names
// collide (compared without case, for the file systems that ignore it)
// take their folder's name as a prefix: a/issue.md → a-issue; if names
// still collide, or the same file is given twice, it is an error, before
// anything is built.
func planJobs(inputs []string, c *buildConfig) ([]*job, error) {
	jobs := make([]*job, len(inputs))
	for i, in := range inputs {
		name := c.name
		if name == "" {
			name = baseName(in)
		}
		jobs[i] = &job{index: i, input: in, name: name}
	}
	byName := func() map[string][]*job {
		m := map[string][]*job{}
		for _, j := range jobs {
			k := strings.ToLower(j.name)
			m[k] = append(m[k], j)
		}
		return m
	}
	for _, group := range byName() {
		if len(group) < 2 {
			continue
		}
		for _, j := range group {
			if dir := filepath.Base(filepath.Dir(filepath.Clean(j.input))); dir != "." && dir != string(filepath.Separator) && dir != ".." {
				j.name = dir + "-" + j.name
			}
		}
	}
	var clashes []string
	for _, group := range byName() {
		if len(group) < 2 {
			continue
		}
		var ins []string
		for _, j := range group {
			ins = append(ins, j.input)
		}
		clashes = append(clashes, fmt.Sprintf("%s (from %s)", group[0].name, strings.Join(ins, ", ")))
	}
	if len(clashes) > 0 {
		sort.Strings(clashes)
		return nil, fmt.Errorf("two issues would write the same files: %s; rename one or build them separately", strings.Join(clashes, "; "))
	}
	return jobs, nil
}

// baseName is the file name of path without its extension: the default
// output name. A folder of HTML pages keeps its whole name.
func baseName(path string) string {
	b := filepath.Base(filepath.Clean(path))
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return b
	}
	if ext := filepath.Ext(b); ext != b {
		b = strings.TrimSuffix(b, ext)
	}
	return b
}
