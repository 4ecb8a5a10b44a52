// Prints the totals of every runner that ran in this checkout (CI's last line).
import { countsLine, totalCounts } from "./test-counts";

console.log(countsLine(totalCounts()));
