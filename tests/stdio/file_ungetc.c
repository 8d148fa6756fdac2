// portable
// scratch
/* ungetc: at the very start of a file, after reads, under every kind of
   buffering; a seek or fflush discards what was pushed back; pushing back
   clears end of file. */
#include <stdio.h>
#include <string.h>

#include "test.h"

static void each(int mode, size_t size)
{
	static char buf[16];
	FILE *f = fopen("u", "r");
	CHECK(f != NULL);
	CHECK(setvbuf(f, mode == _IONBF ? NULL : buf, mode, size) == 0);

	/* before anything is read */
	CHECK(ungetc('X', f) == 'X');
	CHECK(fgetc(f) == 'X');
	CHECK(ftell(f) == 0);
	CHECK(fgetc(f) == 'a');
	CHECK(ftell(f) == 1);

	/* the byte just read, and a different one */
	CHECK(ungetc('a', f) == 'a');
	CHECK(ftell(f) == 0);
	CHECK(fgetc(f) == 'a');
	CHECK(fgetc(f) == 'b');
	CHECK(ungetc('Q', f) == 'Q');
	CHECK(ftell(f) == 1);
	char s[8];
	CHECK(fgets(s, 4, f) && !strcmp(s, "Qcd"));
	CHECK(ftell(f) == 4);

	/* EOF cannot be pushed back and changes nothing */
	CHECK(ungetc(EOF, f) == EOF);
	CHECK(fgetc(f) == 'e');

	/* fread sees the pushed-back byte first */
	CHECK(ungetc('#', f) == '#');
	CHECK(fread(s, 1, 3, f) == 3 && !memcmp(s, "#fg", 3));

	/* a seek discards it; the file is unchanged */
	CHECK(ungetc('Z', f) == 'Z');
	CHECK(fseek(f, 0, SEEK_CUR) == 0);
	CHECK(ftell(f) == 6);
	CHECK(fgetc(f) == 'g');

	/* at end of file, pushing back clears the indicator */
	CHECK(fseek(f, 0, SEEK_END) == 0);
	CHECK(fgetc(f) == EOF && feof(f));
	CHECK(ungetc('!', f) == '!');
	CHECK(!feof(f));
	CHECK(fgetc(f) == '!');
	CHECK(fgetc(f) == EOF && feof(f));

	/* the buffer can be refilled after a push-back at a boundary */
	rewind(f);
	for (int i = 0; i < 15; i++)
		CHECK(fgetc(f) == 'a' + i);
	CHECK(ungetc('o', f) == 'o');
	for (int i = 14; i < 26; i++)
		CHECK(fgetc(f) == 'a' + i);
	CHECK(fclose(f) == 0);
}

int main(void)
{
	FILE *f = fopen("u", "w");
	CHECK(f != NULL);
	CHECK(fputs("abcdefghijklmnopqrstuvwxyz", f) >= 0);
	CHECK(fclose(f) == 0);

	each(_IONBF, 0);
	each(_IOFBF, 1);
	each(_IOFBF, 3);
	each(_IOFBF, 16);
	each(_IOLBF, 16);

	/* on an empty file */
	f = fopen("empty", "w+");
	CHECK(f != NULL);
	CHECK(fgetc(f) == EOF && feof(f));
	CHECK(ungetc('e', f) == 'e');
	CHECK(fgetc(f) == 'e');
	CHECK(fgetc(f) == EOF);
	CHECK(fclose(f) == 0);
	return test_done();
}
