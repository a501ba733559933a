//go:build tools

package paiban

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/go-shiori/go-epub"
	_ "github.com/signintech/gopdf"
	_ "golang.org/x/text/width"
)
