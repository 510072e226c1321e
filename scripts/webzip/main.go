// Command webzip packs a folder (the web bundle) into a zip file that is
// the same byte for byte every time it is made from the same files: the
// entries are sorted, every entry gets the same time stamp and mode, and
// nothing of the machine (owner, other time stamps) goes in. `zip` cannot
// promise that, so `make release` uses this instead.
//
//	webzip -o neurona-web-v1.2.0.zip -prefix neurona-web-v1.2.0 dist
//
// The time stamp is SOURCE_DATE_EPOCH (seconds since 1970) when set, the
// usual way to pin the dates of reproducible builds; else 2000-01-01.
// Dotfiles (the build's temporary files) and anything that is not a
// regular file or a folder are left out.
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"time"

	"github.com/neurona/neurona/cmd/serve/static"
)

func main() {
	out := flag.String("o", "", "the zip file to write")
	prefix := flag.String("prefix", "", "folder name the entries go under inside the zip")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: webzip -o OUT.zip [-prefix NAME] FOLDER")
		os.Exit(2)
	}
	stamp, err := sourceDate(os.Getenv("SOURCE_DATE_EPOCH"))
	if err == nil {
		err = writeZip(*out, flag.Arg(0), *prefix, stamp)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "webzip:", err)
		os.Exit(1)
	}
}

// defaultDate is the entries' time stamp without SOURCE_DATE_EPOCH. Zip
// stores local MS-DOS times from 1980 on; any fixed date will do.
var defaultDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func sourceDate(env string) (time.Time, error) {
	if env == "" {
		return defaultDate, nil
	}
	sec, err := strconv.ParseInt(env, 10, 64)
	// The MS-DOS date field runs from 1980 to 2107.
	if err != nil || sec < 315532800 || sec > 4354819199 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a time between 1980 and 2107 in seconds since 1970", env)
	}
	return time.Unix(sec, 0).UTC(), nil
}

func writeZip(out, dir, prefix string, stamp time.Time) (err error) {
	names, err := static.Files(dir)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%s holds no files", dir)
	}
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	zw := zip.NewWriter(f)
	for _, name := range names {
		if err := addFile(zw, filepath.Join(dir, filepath.FromSlash(name)), path.Join(prefix, name), stamp); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

func addFile(zw *zip.Writer, src, name string, stamp time.Time) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: stamp}
	h.SetMode(0o644)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, in); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return nil
}
