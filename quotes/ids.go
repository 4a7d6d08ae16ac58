package quotes

import (
	"crypto/sha256"
	"hash/fnv"
)

// idKey is an ID as a number: the value of its 16 hex digits, as quoteID
// makes them. odd is true for any other ID (one a caller of NewIndex
// chose), whose number is only a hash and which the index keeps as text.
func idKey(id string) (key uint64, odd bool) {
	if len(id) == 16 {
		for i := 0; i < 16; i++ {
			c := id[i]
			switch {
			case '0' <= c && c <= '9':
				key = key<<4 | uint64(c-'0')
			case 'a' <= c && c <= 'f':
				key = key<<4 | uint64(c-'a'+10)
			default:
				return oddKey(id), true
			}
		}
		return key, false
	}
	return oddKey(id), true
}

// oddKey hashes an ID that is not 16 hex digits.
func oddKey(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

// keyString is the ID of key, which is not odd.
func keyString(key uint64) string {
	const digits = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = digits[key&15]
		key >>= 4
	}
	return string(b[:])
}

// finalKey is the number of document d's ID as the index serves it.
func (ix *Index) finalKey(d int) uint64 {
	if k, ok := ix.renamed[uint32(d)]; ok {
		return k
	}
	return ix.ids[d]
}

// id returns document d's ID as the index serves it.
func (ix *Index) id(d int) string {
	if k, ok := ix.renamed[uint32(d)]; ok {
		return keyString(k)
	}
	if s, ok := ix.oddIDs[uint32(d)]; ok {
		return s
	}
	return keyString(ix.ids[d])
}

// oddID reports whether document d's ID, as served, is not a hex number.
func (ix *Index) oddID(d int) bool {
	if _, ok := ix.renamed[uint32(d)]; ok {
		return false
	}
	_, ok := ix.oddIDs[uint32(d)]
	return ok
}

// lookupID returns the document whose ID is id.
func (ix *Index) lookupID(id string) (int, bool) {
	key, odd := idKey(id)
	slot, ok := ix.slotOf(key, odd, func() string { return id })
	if !ok {
		return 0, false
	}
	return int(ix.idTable[slot] - 1), true
}

// slotOf returns the slot of idTable that holds the document whose served
// ID is key, and is the text id() when odd, and true; or the empty slot
// where that document would go, and false.
func (ix *Index) slotOf(key uint64, odd bool, id func() string) (uint64, bool) {
	if len(ix.idTable) == 0 {
		return 0, false
	}
	mask := uint64(len(ix.idTable) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		slot := ix.idTable[i]
		if slot == 0 {
			return i, false
		}
		o := int(slot - 1)
		if ix.finalKey(o) == key && ix.oddID(o) == odd && (!odd || ix.id(o) == id()) {
			return i, true
		}
	}
}

// settleIDs gives each document its ID as served and fills idTable. The
// same text under two headers (syndicated copy) is two articles: the
// later one's IDs take its path in, as the earlier one keeps them.
func (ix *Index) settleIDs() {
	size := 16
	for size < 2*ix.n {
		size *= 2
	}
	ix.idTable = make([]uint32, size)
	for ai := range ix.arts {
		a := &ix.arts[ai]
		var pathSum []byte
		for d := int(a.first); d < int(a.first+a.count); d++ {
			key, odd := ix.ids[d], ix.oddID(d)
			id := func() string { return ix.id(d) }
			if _, taken := ix.slotOf(key, odd, id); taken {
				if pathSum == nil {
					s := sha256.Sum256([]byte(a.path))
					pathSum = s[:]
				}
				k, _ := idKey(quoteID(pathSum, int(ix.offsets[d])))
				if ix.renamed == nil {
					ix.renamed = map[uint32]uint64{}
				}
				ix.renamed[uint32(d)] = k
				key, odd = k, false
			}
			slot, _ := ix.slotOf(key, odd, id)
			ix.idTable[slot] = uint32(d) + 1
		}
	}
}
