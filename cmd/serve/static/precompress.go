package static

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// DefaultBrotliQuality is the brotli level Precompress uses unless told
// otherwise. Measured on a 12.4 MB Ebiten wasm bundle on this project's
// 2-core machines: quality 9 (24-bit window) gives 2.52 MB in 3 s, 10 gives
// 2.30 MB in 21 s, 11 gives 2.21 MB in 40 s (gzip -9: 3.08 MB in 1 s).
// Quality 11 would make every `make serve` after a change wait 40 s for a
// 12% smaller download; 9 is the default and `make dist BROTLI=11` is there
// for publishing on a course site.
const DefaultBrotliQuality = 9

// compressible lists the kinds worth compressing; images and fonts are
// compressed already.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".mjs": true, ".html": true, ".css": true,
	".json": true, ".map": true, ".svg": true, ".txt": true, ".csv": true,
	".webmanifest": true,
}

// PrecompressOptions tunes Precompress. The zero value is usable.
type PrecompressOptions struct {
	// BrotliQuality is 0…11; values outside mean DefaultBrotliQuality.
	BrotliQuality int
	// MinSize: smaller files are left alone (a header and a round of
	// decoding cost more than they save). 0 means 512 bytes.
	MinSize int64
	// Log, if set, gets one line per file written.
	Log func(format string, args ...any)
}

// Compressed reports what Precompress did for one file.
type Compressed struct {
	Name                   string // slash path inside the folder
	Size, GzipSize, BrSize int64  // 0 when that variant was not kept
	UpToDate               bool   // both variants were newer than the file
}

// Precompress writes name.gz (gzip, best compression) and name.br (brotli)
// next to every compressible file in dir, for the handler to serve to
// browsers that accept them. A variant newer than its file is kept as is,
// so a second run after an unchanged build costs nothing. A variant that
// would not be smaller than the file is not kept. Files are written to a
// temporary dotfile (never served) and renamed, so a server running on the
// folder never sends half a file. Symlinks and dotfiles are skipped.
func Precompress(dir string, opt PrecompressOptions) ([]Compressed, error) {
	if opt.BrotliQuality < 0 || opt.BrotliQuality > 11 {
		opt.BrotliQuality = DefaultBrotliQuality
	}
	if opt.MinSize <= 0 {
		opt.MinSize = 512
	}
	// Files stops at a folder it cannot read; the files found before it
	// are compressed, and the error said.
	names, walkErr := Files(dir)
	var out []Compressed
	for _, name := range names {
		if !compressible[strings.ToLower(path.Ext(name))] {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		fi, err := os.Lstat(p)
		if err != nil {
			return out, err
		}
		c := Compressed{Name: name, Size: fi.Size()}
		if fi.Size() < opt.MinSize {
			// A file that shrank below the limit must not keep serving
			// an old, larger variant.
			removeVariants(p)
			continue
		}
		if c.GzipSize, c.BrSize, c.UpToDate = upToDate(p, fi); c.UpToDate {
			out = append(out, c)
			continue
		}
		c.GzipSize, c.BrSize, err = compressFile(p, fi, opt.BrotliQuality)
		if err != nil {
			return out, fmt.Errorf("%s: %w", c.Name, err)
		}
		if opt.Log != nil {
			opt.Log("%-24s %9d  gzip %9d  br %9d", c.Name, c.Size, c.GzipSize, c.BrSize)
		}
		out = append(out, c)
	}
	return out, walkErr
}

// Files lists the regular files under dir as sorted slash paths, leaving
// out dotfiles and dot-folders (a build's temporary files) and anything
// that is not a regular file (a symlink may point out of the folder): the
// files Precompress compresses, and the files a release's web zip holds
// (scripts/webzip).
func Files(dir string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	slices.Sort(names)
	return names, err
}

func removeVariants(p string) {
	for _, e := range encodings {
		os.Remove(p + e.suffix)
	}
}

// upToDate reports whether both variants of p exist and are newer than p,
// with their sizes.
func upToDate(p string, fi fs.FileInfo) (gz, br int64, ok bool) {
	sizes := make([]int64, len(encodings))
	for i, e := range encodings {
		vi, err := os.Lstat(p + e.suffix)
		if err != nil || !vi.Mode().IsRegular() || vi.ModTime().Before(fi.ModTime()) {
			return 0, 0, false
		}
		sizes[i] = vi.Size()
	}
	return sizes[1], sizes[0], true
}

// compressFile writes both variants of p at the same time (brotli takes
// most of the time; the two cores share the work) and returns their sizes.
func compressFile(p string, fi fs.FileInfo, brQuality int) (gz, br int64, err error) {
	type result struct {
		size int64
		err  error
	}
	brDone := make(chan result, 1)
	go func() {
		n, err := writeVariant(p, ".br", fi, func(w io.Writer) (io.WriteCloser, error) {
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brQuality, LGWin: 24}), nil
		})
		brDone <- result{n, err}
	}()
	gz, gzErr := writeVariant(p, ".gz", fi, func(w io.Writer) (io.WriteCloser, error) {
		return gzip.NewWriterLevel(w, gzip.BestCompression)
	})
	r := <-brDone
	return gz, r.size, errors.Join(gzErr, r.err)
}

// writeVariant compresses p into p+suffix through a temporary file; it
// keeps the result only if it is smaller than the original.
func writeVariant(p, suffix string, fi fs.FileInfo, newWriter func(io.Writer) (io.WriteCloser, error)) (int64, error) {
	src, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer src.Close()
	dir, base := filepath.Split(p)
	tmp, err := os.CreateTemp(dir, "."+base+suffix+".tmp-*")
	if err != nil {
		return 0, err
	}
	keep := false
	defer func() {
		if !keep {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	zw, err := newWriter(tmp)
	if err != nil {
		return 0, err
	}
	if _, err := io.Copy(zw, src); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	n, err := tmp.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if n >= fi.Size() {
		os.Remove(p + suffix)
		return 0, nil
	}
	if err := tmp.Chmod(0o644); err != nil {
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	if err := os.Rename(tmp.Name(), p+suffix); err != nil {
		return 0, err
	}
	keep = true
	// The server and the next run take a variant older than its file for
	// stale. A file stamped in the future (copied from a machine whose
	// clock runs ahead) would make a fresh variant look stale, so the
	// variant gets the file's time then.
	if mt := fi.ModTime(); mt.After(time.Now()) {
		if err := os.Chtimes(p+suffix, mt, mt); err != nil {
			return 0, err
		}
	}
	return n, nil
}
