package model

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadJSON: ReadJSON never panics, and whatever it accepts writes back
// and reads again to the same model.
func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	is := sample()
	AssignIDs(is)
	if err := WriteJSON(&buf, is); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(`{"issue":{"title":"刊"},"sections":[{"name":"栏","articles":[{"title":"文","blocks":[{"type":"paragraph","text":"好"}]}]}]}`)
	f.Add(`{"issue":{"masthead":[["a","b"]]},"sections":null}`)
	f.Add(`[1,2`)
	f.Fuzz(func(t *testing.T, src string) {
		got, err := ReadJSON(strings.NewReader(src), "f.json")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "model: f.json:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if err := WriteJSON(&out, got); err != nil {
			t.Fatal(err)
		}
		again, err := ReadJSON(&out, "again.json")
		if err != nil {
			t.Fatalf("written JSON does not read back: %v\n%s", err, out.String())
		}
		var out2 bytes.Buffer
		WriteJSON(&out2, again)
		if !bytes.Equal(out.Bytes(), out2.Bytes()) && !reflect.DeepEqual(got, again) {
			t.Fatalf("round trip differs")
		}
	})
}
