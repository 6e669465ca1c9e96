#!/usr/bin/env bash
# Installs Debian's LibreOffice Writer (headless) and poppler-utils for the picture test of the Word
# letter (test/unit/letterPicture.test.ts): an export rendered to PDF, its text positions read back
# (pdftotext -bbox) and its pages drawn as PNG (pdftoppm). Once.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
echo "libreoffice: installing Debian's LibreOffice Writer (headless) and poppler-utils for the letter picture test (a few minutes, once)"
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "libreoffice: apt-get is not available; install LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm) yourself to run the letter picture test" >&2
  exit 1
fi
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null; }; then
  echo "libreoffice: could not install Debian's libreoffice-writer-nogui and poppler-utils; install LibreOffice and poppler-utils yourself to run the letter picture test" >&2
  exit 1
fi
