package importer

import "github.com/paiban/paiban/model"

// normalize runs the passes over the articles, in body order. Each pass
// is small and reports what it changed; see the pass* functions.
func (d *doc) normalize(works []*work) {
	for _, w := range works {
		d.passMarkers(w)
		d.passByline(w)
	}
	if !d.opts.NoNormalize {
		for _, w := range works {
			d.passEndMarks(w)
			d.passFigures(w)
		}
		d.passInterleave(works)
		for _, w := range works {
			d.passNotes(w)
			d.passJoin(w)
		}
	} else {
		for _, w := range works {
			d.passNotes(w)
		}
	}
	for _, w := range works {
		d.settleEndMark(w)
		d.passLevels(w)
		if d.opts.foldPunct() {
			d.passPunctRaws(w)
			d.passPunctArticle(w)
		}
		w.art.Blocks = d.blocks(w)
		if len(w.art.Blocks) == 0 {
			d.warn("structure", w.art.Line, "", "", "article %q has no body text", w.art.Title)
		}
	}
}

// settleEndMark keeps the last end mark lifted from the article's
// paragraphs as its EndMark; earlier ones are reported and dropped.
func (d *doc) settleEndMark(w *work) {
	var marks []*raw
	for _, r := range w.raws {
		if r.mark != "" {
			marks = append(marks, r)
		}
	}
	for i, r := range marks {
		if i == len(marks)-1 {
			w.art.EndMark = r.mark
			continue
		}
		d.note(model.Warning, "endmark", r.line, r.mark, "", "end mark %q in the middle of %q dropped (a later one ends the article)", r.mark, w.art.Title)
	}
}
