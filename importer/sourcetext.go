package importer

import (
	"strings"
	"unicode"
)

// SourceText returns the text of a Markdown source as the accounting
// counts it: the source less the Markdown syntax the parser consumes —
// heading marks (# and closing #), quote and list markers, table pipes
// and separator rows, paired strong marks (**), the backslash of a hard
// line break, and the brackets of pictures and links it reads as such.
// It follows the parser's reading of each line, so that a mark the
// parser leaves as text (an unpaired **, a picture in a table cell, the
// brackets of [](url)) is counted as text.
func SourceText(src string) string {
	// The same decoding the importer does before parsing (input.go): a
	// UTF-8 byte-order mark dropped, CRLF and lone CR read as LF.
	src = strings.TrimPrefix(src, "\uFEFF")
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	var sb strings.Builder
	sourceLines(&sb, strings.Split(src, "\n"), 1)
	return sb.String()
}

// sourceLines writes the counted text of lines, block by block as
// parseMarkdown reads them; depth is that of the quote they are in.
func sourceLines(sb *strings.Builder, lines []string, depth int) {
	for i := 0; i < len(lines); {
		ln := lines[i]
		t := strings.TrimSpace(ln)
		switch m := atxRE.FindStringSubmatch(ln); {
		case t == "":
			i++
		case m != nil && strings.TrimSpace(m[2]) != "":
			sourceInline(sb, strings.TrimSpace(m[2]))
			i++
		case strings.HasPrefix(t, ">"):
			j := i
			var inner []string
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), ">") {
				s := strings.TrimPrefix(strings.TrimSpace(lines[j]), ">")
				if depth >= MaxQuoteDepth {
					s = trimQuoteMarks(s)
				}
				inner = append(inner, strings.TrimPrefix(s, " "))
				j++
			}
			sourceLines(sb, inner, depth+1)
			i = j
		case bulletRE.MatchString(ln) || orderedRE.MatchString(ln):
			re := bulletRE
			if !bulletRE.MatchString(ln) {
				re = orderedRE
			}
			j := i
			for ; j < len(lines); j++ {
				if m := re.FindStringSubmatch(lines[j]); m != nil {
					sourceInline(sb, strings.TrimSpace(m[1]))
					continue
				}
				if j > i && strings.TrimSpace(lines[j]) != "" && (strings.HasPrefix(lines[j], "  ") || strings.HasPrefix(lines[j], "\t")) {
					sourceInline(sb, strings.TrimSpace(lines[j]))
					continue
				}
				break
			}
			i = j
		case strings.HasPrefix(t, "|") && i+1 < len(lines) && tableSepRE.MatchString(lines[i+1]):
			j := i
			for ; j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|"); j++ {
				if j == i+1 {
					continue
				}
				l := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[j]), "|"), "|")
				for _, c := range strings.Split(l, "|") {
					sourceInline(sb, strings.TrimSpace(c))
				}
			}
			i = j
		case imageRE.MatchString(t):
			m := imageRE.FindStringSubmatch(t)
			sb.WriteString(m[1] + " " + m[2] + "\n")
			i++
		default:
			j := i
			for ; j < len(lines); j++ {
				l := lines[j]
				lt := strings.TrimSpace(l)
				if lt == "" || j > i && (atxRE.MatchString(l) || strings.HasPrefix(lt, ">") || imageRE.MatchString(lt) ||
					strings.HasPrefix(lt, "|") && j+1 < len(lines) && tableSepRE.MatchString(lines[j+1])) {
					break
				}
				l = strings.TrimRightFunc(strings.TrimLeft(l, " \t"), unicode.IsSpace)
				for _, m := range inlineImageRE.FindAllStringSubmatch(l, -1) {
					sb.WriteString(m[1] + " " + m[2] + "\n")
				}
				l = cutImages(l)
				// The backslash of a hard break, when a line of the
				// paragraph follows.
				if next := j + 1; next < len(lines) && strings.TrimSpace(lines[next]) != "" && !(atxRE.MatchString(lines[next]) ||
					strings.HasPrefix(strings.TrimSpace(lines[next]), ">") || imageRE.MatchString(strings.TrimSpace(lines[next])) ||
					strings.HasPrefix(strings.TrimSpace(lines[next]), "|") && next+1 < len(lines) && tableSepRE.MatchString(lines[next+1])) {
					l = strings.TrimSuffix(l, "\\")
				}
				sourceInline(sb, l)
			}
			i = j
		}
	}
}

// sourceInline writes the counted text of a line of inline Markdown: as
// parseInline reads it, ** marks paired left to right, an unpaired one
// and an empty pair (****) kept as text, links reduced to text and target.
func sourceInline(sb *strings.Builder, s string) {
	parts := strings.Split(s, "**")
	n := len(parts)
	for i, p := range parts {
		switch {
		case i%2 == 1 && i == n-1:
			// An even count of parts: the last ** has no partner.
			p = "**" + p
		case i%2 == 1 && p == "":
			p = "****"
		}
		sourceLinks(sb, p)
	}
	sb.WriteByte('\n')
}

// sourceLinks writes s with its links as links reads them.
func sourceLinks(sb *strings.Builder, s string) {
	for {
		loc := linkRE.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		if loc[0] > 0 && s[loc[0]-1] == '!' {
			sb.WriteString(s[:loc[1]])
		} else {
			sb.WriteString(s[:loc[0]] + s[loc[2]:loc[3]] + " " + s[loc[4]:loc[5]])
		}
		s = s[loc[1]:]
	}
	sb.WriteString(s)
}
