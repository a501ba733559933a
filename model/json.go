package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// WriteJSON writes the issue as indented JSON.
func WriteJSON(w io.Writer, is *Issue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(is); err != nil {
		return fmt.Errorf("model: write JSON: %w", err)
	}
	return nil
}

// ReadJSON reads an issue from JSON. Unknown keys are refused, so that a
// misspelt key is an error rather than silently dropped text. name is the
// file name used in error messages, which give the line and column.
func ReadJSON(r io.Reader, name string) (*Issue, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("model: %s: %w", name, err)
	}
	if err := checkJSON(data); err != nil {
		return nil, fmt.Errorf("model: %s:%w", name, err)
	}
	var is Issue
	if err := strictUnmarshal(data, &is); err != nil {
		return nil, fmt.Errorf("model: %s:%s %w", name, position(data, err), err)
	}
	return &is, nil
}

// strictUnmarshal decodes one JSON value, refusing unknown keys and
// trailing data.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("extra data after the JSON value")
	}
	return nil
}

// position turns the byte offset a JSON error carries into " line L:C".
func position(data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return ""
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%d:%d:", line, col)
}
