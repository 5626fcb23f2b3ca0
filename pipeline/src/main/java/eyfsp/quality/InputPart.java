package eyfsp.quality;

import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import java.io.Serializable;

/**
 * A large input file to check row by row in a Spark task: its place in the run's list of such
 * files (rows travel with it, not with the file's name), what it holds, and its header, resolved on
 * the driver before Spark starts so that a file no row of which could be read is refused at once.
 */
public record InputPart(int index, Kind kind, InputFile file, HeaderMap header) implements Serializable {

  /** What a file holds: EYFSP returns, School Census rows or children's flags. */
  public enum Kind { RETURNS, CENSUS, FLAGS }
}
