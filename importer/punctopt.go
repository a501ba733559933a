package importer

// foldPunct reports whether the punctuation pass runs.
func (o *Options) foldPunct() bool { return !o.NoNormalize && !o.KeepPunct }
