package model

// PageStart records where one print page begins in the model, so that the
// e-book can carry print page equivalents (an EPUB page-list) without
// knowing anything about print layout.
type PageStart struct {
	// Label is the printed page number, e.g. "12".
	Label string `json:"label"`
	// ArticleID is the article on whose text the page begins; empty for
	// pages that hold no article text (cover, contents, colophon).
	ArticleID string `json:"article_id,omitempty"`
	// Block is the index in the article's Blocks of the block that is
	// continued or begun at the top of the page; -1 for the article's
	// title block.
	Block int `json:"block"`
	// Offset is the rune offset within the block's Text() at which the page
	// begins; 0 when the page begins with the block.
	Offset int `json:"offset,omitempty"`
}

// PageMap lists the print pages in order.
type PageMap []PageStart
