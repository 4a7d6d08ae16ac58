package quotes

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"quotebot/quotes/extract"
)

// versionDirs are the folders of articles whose extraction
// TestExtractionVersion watches: the seed articles, the web pages of
// htmlpage's tests and quoteeval's hand-made articles, which hold the
// harder forms of attribution.
var versionDirs = []string{"../data", "htmlpage/testdata", "../cmd/quoteeval/testdata/handmade/articles"}

// versionCorpus is articles whose extraction TestExtractionVersion
// watches besides those of versionDirs: the forms of attribution,
// fragments, organisations, problems.
var versionCorpus = map[string]string{
	"forms.txt": "---\noutlet: Harbour Herald\ntitle: Ferry to resume\npublished: 2025-03-07\n---\nFerry to resume\n\n" +
		"The harbour master, Ines Carvalho, said on Friday that the new timetable was \"a fresh start for the islands\" and that crossings would begin in May.\n\n" +
		"\"We have waited three winters for this,\" Carvalho told reporters.\n\n" +
		"According to the port authority, \"every berth will be open by Monday.\"\n\n" +
		"Said Tomas Berg, who runs the ferry line, \"Tickets go on sale tomorrow morning.\"\n",
	"problems.txt": "---\npublished: yesterday\n---\nMarket\n\nThe market opens on Sunday, \"weather permitting, the stall holders said.\n",
	"plain.txt":    "Council approves tram\n\nThe council approved the tram extension on Monday.\n\n\"This is a great day for the east side,\" said Councillor Rita Osei. \"We fought for it for ten years.\"\n\nThe mayor's office called it \"long overdue\".\n",
}

// TestExtractionVersion fails when what is extracted from some text
// changes while cacheVersion and extract.Version stay: results cached by
// an earlier build would then be served as if they were the new ones.
// When it fails, bump extract.Version (a change in quotes/extract) or
// cacheVersion (in this package or the page reader), run it again, and
// record the fingerprint it prints for the new versions.
func TestExtractionVersion(t *testing.T) {
	fingerprints := map[string]string{
		"cache 1, extract 2":   "a57b454a6c995479a5bbdaab98165e94",
		"cache 1, extract 3":   "a3dd717dff3b295a85648293923a3d18",
		"cache 1, extract 4":   "cd187bcc9a413fbcd5847d9a8ee54369",
		"cache 1, extract 5":   "5edb85007c154902fb619720e790b9b7",
		"cache 1, extract 6":   "2e8fa312cbbd391572ea466bf84e805f",
		"cache 1, extract 7":   "2e8fa312cbbd391572ea466bf84e805f",
		"cache 1, extract 8":   "2e8fa312cbbd391572ea466bf84e805f",
		"cache 1, extract 9":   "2e8fa312cbbd391572ea466bf84e805f",
		"cache 1, extract 10":  "2e8fa312cbbd391572ea466bf84e805f",
		"cache 1, extract 11":  "b6b2b4d982dee7c9963994a0c2d2998f",
		"cache 1, extract 12":  "b6b2b4d982dee7c9963994a0c2d2998f",
		"cache 1, extract 13":  "b6b2b4d982dee7c9963994a0c2d2998f",
		"cache 1, extract 14":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 15":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 16":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 17":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 18":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 19":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 20":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 21":  "dac945d22519cf5706ec0d4640c2c55d",
		"cache 1, extract 22":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 23":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 24":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 25":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 26":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 27":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 28":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 29":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 30":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 31":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 32":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 33":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 34":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 35":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 36":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 37":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 38":  "e0017f871bb9b26a93c8fd1f2db7788d",
		"cache 1, extract 39":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 40":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 41":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 42":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 43":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 44":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 45":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 46":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 47":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 48":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 1, extract 49":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 13":  "b6b2b4d982dee7c9963994a0c2d2998f",
		"cache 2, extract 49":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 50":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 51":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 52":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 53":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 54":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 55":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 56":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 57":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 58":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 59":  "305df08bcbd17f7cea21b65e0ac7c3f6",
		"cache 2, extract 60":  "29d11217a615ef262a0bfdef12e52828",
		"cache 2, extract 61":  "29d11217a615ef262a0bfdef12e52828",
		"cache 2, extract 62":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 63":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 64":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 65":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 66":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 67":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 68":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 69":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 70":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 71":  "6f61fb031c66e074487ab0d5e3d3863e",
		"cache 2, extract 72":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 73":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 74":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 75":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 76":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 77":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 78":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 79":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 80":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 81":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 82":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 83":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 84":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 85":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 86":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 87":  "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 88":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 89":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 90":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 91":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 92":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 93":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 94":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 95":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 96":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 97":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 98":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 99":  "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 100": "e83663f2e9d17de1862eaf11544cd0b3",
		"cache 2, extract 101": "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 102": "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 103": "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 104": "7646cff62c29ded3f29d6d65756c524c",
		"cache 2, extract 105": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 106": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 107": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 108": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 109": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 110": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 111": "3458978861d268b3f703d13b95410ed8",
		"cache 2, extract 112": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 113": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 114": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 115": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 116": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 117": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 118": "8c8bf2bc2d5b37f0fda43f148f6cefa7",
		"cache 2, extract 119": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 120": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 121": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 122": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 123": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 124": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 125": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 126": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 127": "c761086fd13abd1be6e573fee4b6f53d",
		"cache 2, extract 128": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 129": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 130": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 131": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 132": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 133": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 134": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 135": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 136": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 137": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 138": "db6f04cd4e2b71ca9630f42baf1bb6b5",
		"cache 2, extract 139": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 140": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 141": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 142": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 143": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 144": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 145": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 146": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 147": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 148": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 149": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 150": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 151": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 152": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 153": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 154": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 155": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 156": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 157": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 158": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 159": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 160": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 161": "99fa0f010ccd65ddfb6bd515ba29ac48",
		"cache 2, extract 162": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 163": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 164": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 165": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 166": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 167": "17929166c1fd960789b330e4c82715a0",
		"cache 2, extract 168": "d23314c6423faa3eb3b9cf12809f1ede",
		"cache 2, extract 169": "d23314c6423faa3eb3b9cf12809f1ede",
		"cache 2, extract 170": "d23314c6423faa3eb3b9cf12809f1ede",
		"cache 2, extract 171": "d23314c6423faa3eb3b9cf12809f1ede",
		"cache 2, extract 172": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 173": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 174": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 175": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 176": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 177": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 178": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 179": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 180": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 181": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 182": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 183": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 184": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 185": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 186": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 187": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 188": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 189": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 190": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 191": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 192": "ea83591b23debf40e41bf38540843171",
		"cache 2, extract 193": "1b704e5c81f8a901574fc6a37e2ad30f",
		"cache 2, extract 194": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 195": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 196": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 197": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 198": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 199": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 200": "27547c9534d15e5e9bb67a3fa5e04c94",
		"cache 2, extract 201": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 202": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 203": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 204": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 205": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 206": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 207": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 208": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 209": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 210": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 211": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 212": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 213": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 214": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 215": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 216": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 217": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 218": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 219": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 220": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 221": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 222": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 223": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 224": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 225": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 226": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 227": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 228": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 229": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 230": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 231": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 232": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 233": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 234": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 235": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 236": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 237": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 238": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 239": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 240": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 241": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 242": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 243": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 244": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 245": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 246": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 247": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 248": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 249": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 250": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 251": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 252": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 253": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 254": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 255": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 256": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 257": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 258": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 259": "72643579f0630cd7cf2c3bc5b01d605c",
		"cache 2, extract 260": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 261": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 262": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 263": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 264": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 265": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 266": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 267": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 268": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 269": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 270": "d342f9389813830aacc729d0629db6a0",
		"cache 2, extract 271": "d342f9389813830aacc729d0629db6a0",
	}
	versions := fmt.Sprintf("cache %d, extract %d", cacheVersion, extract.Version)
	checkFingerprint(t, "what is extracted", versions, fingerprints, extractionFingerprint(t), "extract.Version or cacheVersion")
}

// checkFingerprint fails t unless got is the fingerprint recorded for the
// versions now in force, saying what to bump.
func checkFingerprint(t *testing.T, what, versions string, recorded map[string]string, got, bump string) {
	t.Helper()
	want, ok := recorded[versions]
	switch {
	case !ok:
		t.Errorf("no fingerprint for %s: record %q", versions, got)
	case want != got:
		t.Errorf("%s changed (fingerprint %s, want %s) but the versions are still %s: bump %s and record the new fingerprint",
			what, got, want, versions, bump)
	}
}

// extractionFingerprint hashes what the cache keeps of every article of
// the version corpus.
func extractionFingerprint(t *testing.T) string {
	t.Helper()
	var files []articleData
	for _, dir := range versionDirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isArticleName(d.Name()) {
				return err
			}
			data, err := os.ReadFile(p)
			files = append(files, articleData{path: filepath.ToSlash(p), html: isHTMLName(p), data: data})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range versionCorpus {
		files = append(files, articleData{path: name, data: []byte(text)})
	}
	files = append(files, articleData{path: "page.html", html: true, meta: []byte("---\noutlet: Harbour Herald\n---\n"),
		data: []byte(`<html><head><title>Ferry</title></head><body><article><h1>Ferry to resume</h1><p>"We have waited three winters for this," Ines Carvalho told reporters on Friday at the harbour.</p></article></body></html>`)})
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	h := sha256.New()
	for _, f := range files {
		a, err := f.parse()
		if err != nil {
			fmt.Fprintf(h, "%s: %v\n", f.path, err)
			continue
		}
		// What was extracted, less the versions, the key (which only
		// says where it is looked up) and the checksum over them.
		e := appendEntry(nil, keyOf(f), extractedFrom(a, false))
		h.Write(e[entryHead : len(e)-4])
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// keyOf returns the key of ad.
func keyOf(ad articleData) [32]byte {
	_, key := ad.hashes()
	return key
}

// entryOf returns the cache entry of an article file's text.
func entryOf(t testing.TB, name, text string) ([32]byte, *extracted, []byte) {
	t.Helper()
	ad := articleData{path: name, data: []byte(text)}
	a, err := ad.parse()
	if err != nil {
		t.Fatal(err)
	}
	x := extractedFrom(a, false)
	return keyOf(ad), x, appendEntry(nil, keyOf(ad), x)
}

// An entry reads back as what was written, warnings and fragments
// included.
func TestCacheEntryRoundTrip(t *testing.T) {
	for name, text := range versionCorpus {
		key, x, e := entryOf(t, name, text)
		got, err := decodeEntry(key, e)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(appendEntry(nil, key, got), e) {
			t.Errorf("%s: read back as %+v, want %+v", name, got, x)
		}
		for i, p := range got.problems {
			if errors.Is(x.problems[i].Err, ErrUnknownOutlet) != errors.Is(p.Err, ErrUnknownOutlet) {
				t.Errorf("%s: problem %v read back as %v", name, x.problems[i].Err, p.Err)
			}
		}
	}
}

// No entry short of a whole one, of this version and for this text, is
// believed.
func TestCacheEntryUntrusted(t *testing.T) {
	key, _, e := entryOf(t, "forms.txt", versionCorpus["forms.txt"])
	check := func(what string, data []byte, k [32]byte) {
		t.Helper()
		if _, err := decodeEntry(k, data); !errors.Is(err, errEntry) {
			t.Errorf("%s: decoded (err %v)", what, err)
		}
	}
	for n := 0; n < len(e); n++ {
		check(fmt.Sprintf("cut to %d bytes", n), e[:n], key)
	}
	for i := 0; i < len(e); i += 7 {
		bad := bytes.Clone(e)
		bad[i] ^= 0x20
		check(fmt.Sprintf("byte %d changed", i), bad, key)
	}
	other := key
	other[0] ^= 1
	check("another text's entry", e, other)
	stale := bytes.Clone(e[:len(e)-4])
	binary.LittleEndian.PutUint32(stale[len(entryMagic)+4:], extract.Version+1)
	check("another extractor's entry", binary.LittleEndian.AppendUint32(stale, crc32.Checksum(stale, castagnoli)), key)
}

func FuzzCacheEntry(f *testing.F) {
	for name, text := range versionCorpus {
		key, _, e := entryOf(f, name, text)
		f.Add(key[:], e)
	}
	f.Add(make([]byte, 32), []byte(entryMagic))
	f.Fuzz(func(t *testing.T, k, data []byte) {
		var key [32]byte
		copy(key[:], k)
		// A body with a right checksum, so that the fuzzer reaches the
		// fields: the checksum guards against corruption, not against
		// an entry made to fool it.
		if len(data) >= entryHead {
			copy(data[12:], key[:])
			data = binary.LittleEndian.AppendUint32(data, crc32.Checksum(data, castagnoli))
		}
		x, err := decodeEntry(key, data)
		if err != nil {
			return
		}
		if again, err := decodeEntry(key, appendEntry(nil, key, x)); err != nil || !bytes.Equal(appendEntry(nil, key, again), appendEntry(nil, key, x)) {
			t.Errorf("entry %q decodes to %+v, which does not read back (%v)", data, x, err)
		}
	})
}
