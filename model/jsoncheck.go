package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// checkJSON walks the tokens of data against the model's types before it
// is decoded, so that a misspelt key or a value of the wrong kind is
// reported with its line, column and path (sections[2].articles[0]...),
// wherever it is. (encoding/json gives no position for errors raised
// inside a custom UnmarshalJSON, and Block has one.)
func checkJSON(data []byte) error {
	c := &jsonChecker{dec: json.NewDecoder(bytes.NewReader(data)), data: data}
	c.dec.UseNumber()
	if err := c.value(reflect.TypeOf(Issue{}), "", 0); err != nil {
		return err
	}
	if off := c.skipSpace(int(c.dec.InputOffset())); off < len(data) {
		return c.errAt(off, "", "extra data after the issue object")
	}
	return nil
}

type jsonChecker struct {
	dec  *json.Decoder
	data []byte
}

var blockType = reflect.TypeOf(Block{})

// maxJSONDepth bounds the nesting of a JSON issue. A real issue nests a
// few levels (quotes and lists in articles); each Block decodes its own
// subtree again, so unbounded nesting would cost quadratic time.
const maxJSONDepth = 64

// value checks the next JSON value against t, at nesting depth.
func (c *jsonChecker) value(t reflect.Type, path string, depth int) error {
	off := c.skipSpace(int(c.dec.InputOffset()))
	if depth > maxJSONDepth {
		return c.errAt(off, path, "nested deeper than %d levels", maxJSONDepth)
	}
	tok, err := c.dec.Token()
	if err != nil {
		return c.errAt(off, path, "%v", err)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	want := func(what string) error {
		return c.errAt(off, path, "%s where %s was expected", describe(tok), what)
	}
	switch v := tok.(type) {
	case nil:
		return nil
	case bool:
		if t.Kind() != reflect.Bool {
			return want(kindName(t))
		}
	case string:
		if t.Kind() != reflect.String {
			return want(kindName(t))
		}
	case json.Number:
		switch t.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if _, err := strconv.ParseInt(string(v), 10, t.Bits()); err != nil {
				return want("an integer")
			}
		case reflect.Float32, reflect.Float64:
		default:
			return want(kindName(t))
		}
	case json.Delim:
		switch v {
		case '[':
			if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
				return want(kindName(t))
			}
			n := 0
			for c.dec.More() {
				if t.Kind() == reflect.Array && n >= t.Len() {
					return c.errAt(off, path, "more than %d elements", t.Len())
				}
				if err := c.value(t.Elem(), fmt.Sprintf("%s[%d]", path, n), depth+1); err != nil {
					return err
				}
				n++
			}
			if t.Kind() == reflect.Array && n != t.Len() {
				return c.errAt(off, path, "%d elements where %d were expected", n, t.Len())
			}
		case '{':
			if t.Kind() != reflect.Struct {
				return want(kindName(t))
			}
			fields := jsonFields(t)
			for c.dec.More() {
				koff := c.skipSpace(int(c.dec.InputOffset()))
				ktok, err := c.dec.Token()
				if err != nil {
					return c.errAt(koff, path, "%v", err)
				}
				key, _ := ktok.(string)
				ft, ok := fields[key]
				if !ok {
					return c.errAt(koff, path, "unknown key %q", key)
				}
				if err := c.value(ft, joinPath(path, key), depth+1); err != nil {
					return err
				}
			}
		}
		if _, err := c.dec.Token(); err != nil { // the closing delimiter
			return c.errAt(c.skipSpace(int(c.dec.InputOffset())), path, "%v", err)
		}
	}
	return nil
}

// jsonFields maps the JSON keys of struct type t to their types. A Block
// also takes "text", which it writes as the plain text of its inlines.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	if t == blockType {
		m["text"] = reflect.TypeOf("")
	}
	return m
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct:
		return "an object"
	}
	return t.String()
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return fmt.Sprintf("the string %q", v)
	case json.Number:
		return "the number " + string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return "null"
}

func (c *jsonChecker) skipSpace(off int) int {
	for off < len(c.data) && strings.IndexByte(" \t\r\n,:", c.data[off]) >= 0 {
		off++
	}
	return off
}

// errAt formats an error at byte offset off: "L:C: path: message".
func (c *jsonChecker) errAt(off int, path, format string, args ...any) error {
	if off > len(c.data) {
		off = len(c.data)
	}
	before := c.data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := off - (bytes.LastIndexByte(before, '\n') + 1) + 1
	msg := fmt.Sprintf(format, args...)
	if path != "" {
		msg = path + ": " + msg
	}
	return fmt.Errorf("%d:%d: %s", line, col, msg)
}
