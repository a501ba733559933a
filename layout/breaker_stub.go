//go:build !linebreak

package layout

import "errors"

func lineBreaker(p *brPara) ([]brLine, error) {
	return nil, errors.New("layout: line breaker not built")
}
