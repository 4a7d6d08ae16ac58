package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Gold is an annotated set of quotations: what a perfect extractor finds.
type Gold struct {
	Quotes []GoldQuote `json:"quotes"`
}

// GoldQuote is one quotation an extractor should find.
type GoldQuote struct {
	// File is the article's path relative to the data folder, with
	// forward slashes, as quotebot reports it.
	File string `json:"file"`
	Text string `json:"text"`
	// Speaker is who said it; "" means nobody: the extractor must give the
	// quotation no speaker. With Surface it is the source as the article
	// writes it ("The New York Post", "he") and "" is not judged.
	Speaker string   `json:"speaker"`
	Alt     []string `json:"alt,omitempty"` // other acceptable speakers
	// Optional quotations are neither missed when absent nor invented
	// when present, and their speakers are not judged.
	Optional bool `json:"optional"`
	Surface  bool `json:"surface"`
}

// maxGoldSize caps what is read of a gold file.
const maxGoldSize = 256 << 20

// readGold reads and checks a gold file.
func readGold(name string) (*Gold, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("gold file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxGoldSize+1))
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	if len(data) > maxGoldSize {
		return nil, fmt.Errorf("gold file %s: larger than %d MiB", name, maxGoldSize>>20)
	}
	g, err := parseGold(data)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	return g, nil
}

// parseGold decodes a gold file strictly, so that a misspelt field is an
// error rather than a silently different measurement.
func parseGold(data []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	for i, q := range g.Quotes {
		switch {
		case !fs.ValidPath(q.File) || q.File == ".":
			return nil, fmt.Errorf("quote %d: file %q is not a path relative to the data folder", i+1, q.File)
		case normalize(q.Text) == "":
			return nil, fmt.Errorf("quote %d (%s): text has no words", i+1, q.File)
		}
	}
	return &g, nil
}
