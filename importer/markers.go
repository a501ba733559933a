package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var columnLabelRE = regexp.MustCompile(`^[·•・]\s*\S.{0,20}?\s*[·•・]$`)

// isColumnLabel reports whether a line is a column label such as ·我讲我心·.
func isColumnLabel(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) <= 24 && columnLabelRE.MatchString(s)
}

// isAudioMarker reports whether a line is the caption of an audio QR code.
func isAudioMarker(s string) bool {
	if len(s) > 60 {
		return false
	}
	n := normTitle(s)
	return n == "扫码听音频" || n == "扫码收听" || n == "扫码听音频版" || n == "扫描二维码听音频"
}

// passMarkers turns audio QR markers into Article.Audio and column labels
// into Article.ColumnLabel.
func (d *doc) passMarkers(w *work) {
	for _, r := range w.raws {
		if r.kind != rawPara || r.role != roleText {
			continue
		}
		t := strings.TrimSpace(r.text())
		switch {
		case isAudioMarker(t):
			w.art.Audio = true
			r.role = roleRemoved
			d.info("audio", r.line, t, "", "audio QR marker → Audio")
		case isColumnLabel(t):
			r.role = roleRemoved
			if w.art.ColumnLabel == "" {
				w.art.ColumnLabel = t
				d.info("label", r.line, "", "", "column label %q", t)
			} else {
				d.warn("label", r.line, t, "", "second column label %q dropped", t)
			}
		}
	}
}
