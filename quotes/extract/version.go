package extract

// Version names what Extract finds. Results are cached between runs by
// the text they were found in (quotes.Cache), so any change to what
// Extract returns for some text, or to CanonicalNames, must come with a
// new Version: the old results are then found anew instead of trusted.
// The quotes package's TestExtractionVersion fails until it does.
const Version = 271
