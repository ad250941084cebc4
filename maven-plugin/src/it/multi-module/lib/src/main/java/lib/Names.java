package lib;

public final class Names {
  private Names() {
  }

  public static String table(String entity) {
    return entity.toLowerCase(java.util.Locale.ROOT);
  }
}
