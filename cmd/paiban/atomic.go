package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// stagedFile is a complete file written under a temporary name beside its
// target, waiting to be renamed into place.
type stagedFile struct {
	path, tmp string
	done      bool
}

// stage writes a file through a temporary file in the target's folder and
// closes it; commit then renames it over the target. A failed write
// removes the temporary file, so a failed build never leaves a truncated
// file under the final name, nor a stray temporary file.
func stage(path string, write func(io.Writer) error) (s *stagedFile, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err = write(bw); err != nil {
		return nil, err
	}
	if err = bw.Flush(); err != nil {
		return nil, err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return nil, err
	}
	if err = tmp.Sync(); err != nil {
		return nil, err
	}
	if err = tmp.Close(); err != nil {
		return nil, err
	}
	return &stagedFile{path: path, tmp: tmp.Name()}, nil
}

// commit renames the staged file over its target.
func (s *stagedFile) commit() error {
	if err := os.Rename(s.tmp, s.path); err != nil {
		return err
	}
	s.done = true
	return nil
}

// discard removes the temporary file if it was not committed.
func (s *stagedFile) discard() {
	if !s.done {
		os.Remove(s.tmp)
	}
}

// writeAtomic writes path through a temporary file renamed into place only
// when everything was written and closed.
func writeAtomic(path string, write func(io.Writer) error) error {
	s, err := stage(path, write)
	if err != nil {
		return err
	}
	return s.commit()
}
