package main

import (
	"bytes"
	"debug/elf"
	"debug/pe"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakePE writes the headers of a PE file: enough for debug/pe, built
// from the format's documented layout rather than taken from a compiler.
func fakePE(t *testing.T, machine uint16, pe32plus bool, section string) string {
	t.Helper()
	var b bytes.Buffer
	le := binary.LittleEndian
	dos := make([]byte, 64)
	copy(dos, "MZ")
	le.PutUint32(dos[60:], 64) // e_lfanew: the PE header follows at once
	b.Write(dos)
	b.WriteString("PE\x00\x00")
	optSize := uint16(224)
	magic := uint16(0x10b)
	if pe32plus {
		optSize, magic = 240, 0x20b
	}
	binary.Write(&b, le, pe.FileHeader{
		Machine: machine, NumberOfSections: 1, SizeOfOptionalHeader: optSize,
		Characteristics: pe.IMAGE_FILE_EXECUTABLE_IMAGE | pe.IMAGE_FILE_LARGE_ADDRESS_AWARE,
	})
	if pe32plus {
		binary.Write(&b, le, pe.OptionalHeader64{Magic: magic, NumberOfRvaAndSizes: 16, Subsystem: pe.IMAGE_SUBSYSTEM_WINDOWS_GUI})
	} else {
		binary.Write(&b, le, pe.OptionalHeader32{Magic: magic, NumberOfRvaAndSizes: 16, Subsystem: pe.IMAGE_SUBSYSTEM_WINDOWS_GUI})
	}
	var sh pe.SectionHeader32
	copy(sh.Name[:], section)
	binary.Write(&b, le, sh)
	p := filepath.Join(t.TempDir(), "x.exe")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckPE(t *testing.T) {
	const amd64, arm64 = pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_FILE_MACHINE_ARM64
	if err := checkPE(fakePE(t, amd64, true, ".rsrc"), amd64); err != nil {
		t.Errorf("a PE32+ amd64 file with resources: %v", err)
	}
	if err := checkPE(fakePE(t, arm64, true, ".rsrc"), arm64); err != nil {
		t.Errorf("a PE32+ arm64 file with resources: %v", err)
	}
	for name, tc := range map[string]struct {
		p    string
		want uint16
		msg  string
	}{
		"arm64 file named amd64": {fakePE(t, arm64, true, ".rsrc"), amd64, "machine"},
		"32-bit header":          {fakePE(t, amd64, false, ".rsrc"), amd64, "PE32+"},
		"no resources":           {fakePE(t, amd64, true, ".text"), amd64, "resources"},
	} {
		err := checkPE(tc.p, tc.want)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want an error about %s", name, err, tc.msg)
		}
	}
	// The test binary itself is an ELF file on Linux, not a PE one.
	exe, _ := os.Executable()
	if err := checkPE(exe, amd64); err == nil {
		t.Error("the test binary passed as a PE file")
	}
}

func TestCheckELF(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Fatalf("the test binary is not ELF: %v", err)
	}
	m := f.Machine
	f.Close()
	if err := checkELF(exe, m); err != nil {
		t.Errorf("the test binary: %v", err)
	}
	other := elf.EM_AARCH64
	if m == other {
		other = elf.EM_X86_64
	}
	if err := checkELF(exe, other); err == nil {
		t.Errorf("the test binary passed as %v", other)
	}
	if err := checkELF(fakePE(t, pe.IMAGE_FILE_MACHINE_AMD64, true, ".rsrc"), m); err == nil {
		t.Error("a PE file passed as ELF")
	}
}

func TestCheckSums(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(dir, "b"), []byte("b"), 0o644)
	sumA, _ := fileSum(filepath.Join(dir, "a"))
	sumB, _ := fileSum(filepath.Join(dir, "b"))
	write := func(s string) { os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(s), 0o644) }
	write(sumA + "  a\n" + sumB + "  b\n")
	if err := checkSums(dir, []string{"b", "a"}); err != nil {
		t.Errorf("right sums: %v", err)
	}
	write(sumB + "  a\n" + sumB + "  b\n")
	if err := checkSums(dir, []string{"a", "b"}); err == nil {
		t.Error("a wrong sum passed")
	}
	write(sumA + "  a\n")
	if err := checkSums(dir, []string{"a", "b"}); err == nil {
		t.Error("a missing line passed")
	}
}
