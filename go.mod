module github.com/paiban/paiban

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/go-shiori/go-epub v1.2.1
	github.com/signintech/gopdf v0.33.0
	golang.org/x/net v0.58.0
	golang.org/x/text v0.44.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/gabriel-vasile/mimetype v1.4.3 // indirect
	github.com/gofrs/uuid/v5 v5.0.0 // indirect
	github.com/phpdave11/gofpdi v1.0.14-0.20211212211723-1f10f9844311 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	github.com/vincent-petithory/dataurl v1.0.0 // indirect
)
