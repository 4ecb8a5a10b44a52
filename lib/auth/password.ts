// Passwords are stored as bcrypt hashes (cost 10); bcryptjs is pure JavaScript, so no native build.
import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user has none, so timing does not reveal which e-mails exist.
  return bcrypt.compare(plain, hash ?? "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.VBQ9eW7/5V0y6gk6hH0c2R5yZQ2u");
}
