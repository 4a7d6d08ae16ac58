package quotes

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"quotebot/quotes/extract"
)

// versionFolder is a data folder of the version corpus: the articles of
// versionDirs and versionCorpus.
func versionFolder(t *testing.T) string {
	t.Helper()
	files := map[string]string{}
	for name, text := range versionCorpus {
		files[name] = text
	}
	for _, dir := range versionDirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isArticleName(d.Name()) {
				return err
			}
			data, err := os.ReadFile(p)
			files[filepath.Base(dir)+"/"+d.Name()] = string(data)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return writeArticles(t, files)
}

// savedBytes returns ix as saved.
func savedBytes(ix *Index) []byte {
	var b bytes.Buffer
	w := newIndexWriter(&b, 0)
	ix.save(w)
	w.finish()
	return b.Bytes()
}

// TestIndexVersion fails when the index built of some articles changes
// while the versions a saved index is checked against stay: an index
// saved by an earlier build would then be served as if it were the new
// one. When it fails, bump indexVersion (or, if what is extracted
// changed, the version TestExtractionVersion names), run it again, and
// record the fingerprint it prints.
func TestIndexVersion(t *testing.T) {
	fingerprints := map[string]string{
		"index 1, cache 1, extract 2":   "3af12b4aea829e0c43c642a080cb32b2",
		"index 1, cache 1, extract 3":   "1a0c20ddb68475e80e5216b823b354a5",
		"index 1, cache 1, extract 4":   "1fb8e9e73625df05efd2c72d29ae936c",
		"index 1, cache 1, extract 5":   "90b26b07496a6c4808ae14299ebce6e6",
		"index 1, cache 1, extract 6":   "6b00ded97b143f71be9394c52905727e",
		"index 1, cache 1, extract 7":   "6b00ded97b143f71be9394c52905727e",
		"index 1, cache 1, extract 8":   "6b00ded97b143f71be9394c52905727e",
		"index 1, cache 1, extract 9":   "6b00ded97b143f71be9394c52905727e",
		"index 1, cache 1, extract 10":  "6b00ded97b143f71be9394c52905727e",
		"index 1, cache 1, extract 11":  "fddaa72537b85d02b7c9ea937497bd13",
		"index 1, cache 1, extract 12":  "fddaa72537b85d02b7c9ea937497bd13",
		"index 1, cache 1, extract 13":  "fddaa72537b85d02b7c9ea937497bd13",
		"index 1, cache 1, extract 14":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 15":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 16":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 17":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 18":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 19":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 20":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 21":  "cd283b3cad771665e1248484cd3fb8de",
		"index 1, cache 1, extract 22":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 23":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 24":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 25":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 26":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 27":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 28":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 29":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 30":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 31":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 32":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 33":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 34":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 35":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 36":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 37":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 38":  "f88a82e677bf9a10924158cb9559fab7",
		"index 1, cache 1, extract 39":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 40":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 41":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 42":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 43":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 44":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 45":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 46":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 47":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 48":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 1, extract 49":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 13":  "fddaa72537b85d02b7c9ea937497bd13",
		"index 1, cache 2, extract 49":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 50":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 51":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 52":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 53":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 54":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 55":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 56":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 57":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 58":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 59":  "080d54a39193989085f479260e9318d6",
		"index 1, cache 2, extract 60":  "dbdc823644943966cfb065a3fc5f6c48",
		"index 1, cache 2, extract 61":  "dbdc823644943966cfb065a3fc5f6c48",
		"index 1, cache 2, extract 62":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 63":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 64":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 65":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 66":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 67":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 68":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 69":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 70":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 71":  "205764ae3ee857e1c66cd504136748c0",
		"index 1, cache 2, extract 72":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 73":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 74":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 75":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 76":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 77":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 78":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 79":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 80":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 81":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 82":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 83":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 84":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 85":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 86":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 87":  "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 88":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 89":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 90":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 91":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 92":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 93":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 94":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 95":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 96":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 97":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 98":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 99":  "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 100": "c4948a8c77ec7a5f1d2ce5a4f0229541",
		"index 1, cache 2, extract 101": "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 102": "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 103": "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 104": "daf80fad859e92abfa679d251870c31e",
		"index 1, cache 2, extract 105": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 106": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 107": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 108": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 109": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 110": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 111": "39d07a9000ad37189cabaa705c8b0a19",
		"index 1, cache 2, extract 112": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 113": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 114": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 115": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 116": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 117": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 118": "cced4f9caf12e21b75c541e695dfa2ce",
		"index 1, cache 2, extract 119": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 120": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 121": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 122": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 123": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 124": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 125": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 126": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 127": "509ffe9b1bf641aa365330acb1b3c215",
		"index 1, cache 2, extract 128": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 129": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 130": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 131": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 132": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 133": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 134": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 135": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 136": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 137": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 138": "1ccfb6cf6223a6fdfb060b340ec02570",
		"index 1, cache 2, extract 139": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 140": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 141": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 142": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 143": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 144": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 145": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 146": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 147": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 148": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 149": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 150": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 151": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 152": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 153": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 154": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 155": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 156": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 157": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 158": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 159": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 160": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 161": "b8740102a8a4fa5653c0871f8ed47e8f",
		"index 1, cache 2, extract 162": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 163": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 164": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 165": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 166": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 167": "b644422221bcb85b988dd01f8b09a572",
		"index 1, cache 2, extract 168": "b901eb222927ad545a4ac646e7d93746",
		"index 1, cache 2, extract 169": "b901eb222927ad545a4ac646e7d93746",
		"index 1, cache 2, extract 170": "b901eb222927ad545a4ac646e7d93746",
		"index 1, cache 2, extract 171": "b901eb222927ad545a4ac646e7d93746",
		"index 1, cache 2, extract 172": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 173": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 174": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 175": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 176": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 177": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 178": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 179": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 180": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 181": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 182": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 183": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 184": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 185": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 186": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 187": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 188": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 189": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 190": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 191": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 192": "f55151c89b2509d8a9d768881d0b8e35",
		"index 1, cache 2, extract 193": "21feb01528a80664112edbe92abdcc81",
		"index 1, cache 2, extract 194": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 195": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 196": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 197": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 198": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 199": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 200": "5974463fd3d218d1044caf74978fd7d8",
		"index 1, cache 2, extract 201": "2d68f61b6d3fe959cdd4f29ff37b64a5",
		"index 1, cache 2, extract 202": "2d68f61b6d3fe959cdd4f29ff37b64a5",
		"index 1, cache 2, extract 203": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 204": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 205": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 206": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 207": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 208": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 209": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 210": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 211": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 212": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 213": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 214": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 215": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 216": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 217": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 218": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 219": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 220": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 221": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 222": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 223": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 224": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 225": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 226": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 227": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 228": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 229": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 230": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 231": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 232": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 233": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 234": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 235": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 236": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 237": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 238": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 239": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 240": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 241": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 242": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 243": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 244": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 245": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 246": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 247": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 248": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 249": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 250": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 251": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 252": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 253": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 254": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 255": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 256": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 257": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 258": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 259": "b1ceab6b9c7ec3280c8320cf84efff70",
		"index 1, cache 2, extract 260": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 261": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 262": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 263": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 264": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 265": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 266": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 267": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 268": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 269": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 270": "29ed9a9967fc2e7fca757f80cf9e6f1c",
		"index 1, cache 2, extract 271": "29ed9a9967fc2e7fca757f80cf9e6f1c",
	}
	ix, _, err := (&Loader{}).Load(context.Background(), os.DirFS(versionFolder(t)))
	if err != nil {
		t.Fatal(err)
	}
	// What the files were when read depends on when and where the test
	// wrote them: it is left out, as are the versions and the checksum
	// over them.
	ix.files = nil
	b := savedBytes(ix)
	sum := sha256.Sum256(append(b[:len(indexMagic):len(indexMagic)], b[len(indexMagic)+12:len(b)-4]...))
	checkFingerprint(t, "what is built", fmt.Sprintf("index %d, cache %d, extract %d", indexVersion, cacheVersion, extract.Version), fingerprints, hex.EncodeToString(sum[:16]), "indexVersion")
}

// A saved index reads back as the index that was saved.
func TestSavedIndexRoundTrip(t *testing.T) {
	dir := versionFolder(t)
	ix, _, err := (&Loader{}).Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	b := savedBytes(ix)
	back, err := readIndex(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	sameIndex(t, "read back", back, ix)
	if back.Version() != ix.Version() || !bytes.Equal(savedBytes(back), b) {
		t.Error("the index read back saves otherwise")
	}
	for _, q := range []string{"great success", "waited three winters", "stalls open"} {
		got, want := back.Search(Query{Text: q}), ix.Search(Query{Text: q})
		if len(got) != len(want) || len(got) > 0 && (got[0].Quote.ID != want[0].Quote.ID || got[0].Score != want[0].Score) {
			t.Errorf("%q: %d results, want %d", q, len(got), len(want))
		}
	}
}

// A restart serves the index the last run saved, reading and hashing
// the files but extracting and building nothing; a saved index that is
// cut short, corrupt or of another version is built anew, and saved
// again.
func TestSavedIndex(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	first, _ := cachedLoad(t, dir)
	saved := filepath.Join(dir, CacheDir, savedIndex)
	good, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	again, rep := cachedLoad(t, dir)
	if rep.Extracted != 0 {
		t.Errorf("a restart extracted %d files", rep.Extracted)
	}
	sameIndex(t, "restart", again, first)

	// A refresh after a restart builds on the saved index as on the one
	// built in the same run: the links among the statements of a speaker
	// it leaves alone are kept.
	carvalho := filepath.Join(dir, "e.txt")
	must(t, os.WriteFile(carvalho, []byte("---\noutlet: Island Post\n---\nFerries\n\n\"We have waited three winters for this,\" said Ines Carvalho, the harbour master.\n"), 0o644))
	if ix, _ := cachedLoad(t, dir); len(ix.QuoteAt(0).AlsoIn) != 1 {
		t.Fatalf("the test wants Carvalho's statements grouped: %v", ix.QuoteAt(0).AlsoIn)
	}
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := Loader{Cache: c}
	if _, _, err := l.Load(context.Background(), os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(dir, "d.txt"), []byte("---\noutlet: Harbour Herald\n---\nMarket\n\n\"The stalls open at dawn, every day,\" said Tomas Berg, who runs the market.\n"), 0o644))
	grown, rep, err := l.Load(context.Background(), os.DirFS(dir))
	if err != nil || rep.Extracted != 1 {
		t.Fatalf("refresh: %v, %d extracted", err, rep.Extracted)
	}
	fresh, _, err := (&Loader{}).Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	sameIndex(t, "refresh after a restart", grown, fresh)
	c.Close()
	must(t, os.Remove(filepath.Join(dir, "d.txt")))
	must(t, os.Remove(carvalho))
	first, _ = cachedLoad(t, dir)
	if good, err = os.ReadFile(saved); err != nil {
		t.Fatal(err)
	}

	// version returns good with the version at offset changed, its
	// checksum right.
	version := func(offset int) []byte {
		b := bytes.Clone(good[:len(good)-4])
		binary.LittleEndian.PutUint32(b[len(indexMagic)+offset:], 99)
		return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 1
	for what, data := range map[string][]byte{
		"cut short":        good[:len(good)/2],
		"a byte changed":   flipped,
		"another version":  version(0),
		"another cache":    version(4),
		"another extract":  version(8),
		"empty":            nil,
		"checksum missing": good[:len(good)-4],
	} {
		must(t, os.WriteFile(saved, data, 0o644))
		ix, rep := cachedLoad(t, dir)
		sameIndex(t, what, ix, first)
		if rep.Extracted != 0 {
			t.Errorf("%s: %d files extracted, want all from the cache", what, rep.Extracted)
		}
		if now, _ := os.ReadFile(saved); !bytes.Equal(now, good) {
			t.Errorf("%s: not saved again", what)
		}
	}
}

func FuzzReadIndex(f *testing.F) {
	f.Add(savedBytes(NewIndex(articles(f, harbourFiles))))
	f.Add([]byte(indexMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A right checksum, so that the fuzzer reaches the fields: the
		// checksum guards against corruption, the checks against the
		// rest.
		if len(data) >= 4 {
			data = binary.LittleEndian.AppendUint32(data[:len(data)-4], crc32.Checksum(data[:len(data)-4], castagnoli))
		}
		ix, err := readIndex(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		for d := range ix.Len() {
			ix.QuoteAt(d)
		}
		ix.Articles()
		ix.Search(Query{Text: "waited three winters harbour"})
		ix.Search(Query{Text: "wai", Prefix: true})
		ix.Speakers()
		ix.Outlets()
		if b := savedBytes(ix); !bytes.Equal(b, data) {
			t.Errorf("%q reads as an index that saves as %q", data, b)
		}
	})
}

// The index is saved once it serves, not while the load holds it: a load
// leaves saving to Report.Tidy, which the next load runs if the caller
// did not.
func TestTidyAfterServing(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	saved := filepath.Join(dir, CacheDir, savedIndex)
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	l := Loader{Cache: c}
	_, rep, err := l.Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(saved); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the index was saved during the load: %v", err)
	}
	rep.Tidy()
	rep.Tidy() // once is all it does
	if _, err := os.Stat(saved); err != nil {
		t.Fatalf("Tidy saved no index: %v", err)
	}
	must(t, os.Remove(saved))
	must(t, os.WriteFile(filepath.Join(dir, "added.txt"), []byte("Ferries\n\n\"We have waited three winters,\" said Ines Carvalho.\n"), 0o644))
	if _, _, err := l.Load(context.Background(), os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	// The first load's Tidy ran already; this one's has not.
	if _, err := os.Stat(saved); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the second load saved its index before Tidy: %v", err)
	}
	_, rep, err = l.Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(saved); err != nil {
		t.Fatalf("a load did not run the Tidy the caller left: %v", err)
	}
	rep.Tidy()
}
