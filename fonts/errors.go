package fonts

import (
	"errors"
	"fmt"
)

// ErrUnsupported is wrapped by the error Parse returns for a font file of a
// kind this package cannot use (OpenType/CFF, a collection, WOFF, WOFF2).
var ErrUnsupported = errors.New("unsupported font format")

// ErrMalformed is wrapped by the error Parse returns for a file whose
// tables are truncated or inconsistent.
var ErrMalformed = errors.New("malformed font")

// useInstead says what to give the package instead of an unusable file.
const useInstead = "use a TrueType font with glyf outlines (.ttf), e.g. NotoSerifSC_400Regular.ttf from the npm package @expo-google-fonts/noto-serif-sc"

func unsupported(name, what string) error {
	return fmt.Errorf("fonts: %s: %w: %s; %s", name, ErrUnsupported, what, useInstead)
}

func malformed(name, format string, args ...any) error {
	return fmt.Errorf("fonts: %s: %w: %s", name, ErrMalformed, fmt.Sprintf(format, args...))
}
