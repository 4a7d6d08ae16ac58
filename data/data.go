// Package data holds the articles shipped inside the quotebot binary: the
// five seed articles the project started from. quotebot uses them whenever
// no data folder is given.
package data

import "embed"

// FS holds the built-in article files at its root.
//
//go:embed *.txt
var FS embed.FS
