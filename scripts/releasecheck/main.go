// Command releasecheck checks a folder written by `make release`: every
// file is there for the version, SHA256SUMS lists exactly them with the
// right sums, the web zip holds the page, its scripts and the bundle, the
// Linux file is an x86-64 ELF executable and the Windows files are PE32+
// executables for the machine their name promises, with resources (the
// icon and version). scripts/test.sh runs it after building a release.
//
//	releasecheck -version v1.2.0 release/
package main

import (
	"archive/zip"
	"bufio"
	"crypto/sha256"
	"debug/elf"
	"debug/pe"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	ver := flag.String("version", "", "the version the release was built as")
	flag.Parse()
	if *ver == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: releasecheck -version VERSION FOLDER")
		os.Exit(2)
	}
	if err := check(flag.Arg(0), *ver); err != nil {
		fmt.Fprintln(os.Stderr, "releasecheck:", err)
		os.Exit(1)
	}
	fmt.Printf("releasecheck: %s is complete for %s\n", flag.Arg(0), *ver)
}

// webFiles must be in the web zip: what make dist writes.
var webFiles = []string{"index.html", "boot.js", "sw.js", "wasm_exec.js", "neurona.wasm"}

func check(dir, ver string) error {
	want := map[string]func(string) error{
		"neurona-web-" + ver + ".zip":           func(p string) error { return checkZip(p, "neurona-web-"+ver) },
		"neurona-" + ver + "-linux-amd64":       func(p string) error { return checkELF(p, elf.EM_X86_64) },
		"neurona-" + ver + "-windows-amd64.exe": func(p string) error { return checkPE(p, pe.IMAGE_FILE_MACHINE_AMD64) },
		"neurona-" + ver + "-windows-arm64.exe": func(p string) error { return checkPE(p, pe.IMAGE_FILE_MACHINE_ARM64) },
	}
	var errs []error
	for name, fn := range want {
		if err := fn(filepath.Join(dir, name)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	if err := checkSums(dir, names); err != nil {
		errs = append(errs, fmt.Errorf("SHA256SUMS: %w", err))
	}
	return errors.Join(errs...)
}

// checkSums reads SHA256SUMS ("HASH  NAME" lines, as sha256sum writes
// them) and holds it to the files.
func checkSums(dir string, names []string) error {
	f, err := os.Open(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		return err
	}
	defer f.Close()
	var listed []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			return fmt.Errorf("line %q is not HASH  NAME", sc.Text())
		}
		got, err := fileSum(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if got != sum {
			return fmt.Errorf("%s: sum %s, file has %s", name, sum, got)
		}
		listed = append(listed, name)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	slices.Sort(listed)
	slices.Sort(names)
	if !slices.Equal(listed, names) {
		return fmt.Errorf("lists %q, want %q", listed, names)
	}
	return nil
}

func fileSum(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// checkPE wants a PE32+ (64-bit optional header) executable for machine
// with a resource section.
func checkPE(p string, machine uint16) error {
	f, err := pe.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if f.Machine != machine {
		return fmt.Errorf("machine %#x, want %#x", f.Machine, machine)
	}
	if _, ok := f.OptionalHeader.(*pe.OptionalHeader64); !ok {
		return errors.New("not PE32+ (no 64-bit optional header)")
	}
	if f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
		return errors.New("not marked executable")
	}
	if f.Section(".rsrc") == nil {
		return errors.New("no resources (.rsrc): the icon and version are missing")
	}
	return nil
}

func checkELF(p string, machine elf.Machine) error {
	f, err := elf.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if f.Machine != machine || f.Class != elf.ELFCLASS64 || f.Type != elf.ET_EXEC && f.Type != elf.ET_DYN {
		return fmt.Errorf("%v %v %v, want a 64-bit %v executable", f.Class, f.Machine, f.Type, machine)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o111 == 0 {
		return errors.New("not executable (mode " + fi.Mode().String() + ")")
	}
	return nil
}

// checkZip wants the web files under one folder named prefix, sorted.
func checkZip(p, prefix string) error {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return err
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		dir, name := path.Split(f.Name)
		if dir != prefix+"/" {
			return fmt.Errorf("%s is not under %s/", f.Name, prefix)
		}
		names = append(names, name)
	}
	if !slices.IsSorted(names) {
		return errors.New("entries are not sorted")
	}
	for _, w := range webFiles {
		if !slices.Contains(names, w) {
			return fmt.Errorf("%s is missing", w)
		}
	}
	return nil
}
