package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A composite key through @IdClass. */
@Entity
@Table(name = "enrolments")
@IdClass(Enrolment.Key.class)
public class Enrolment {
  @Id
  @Column(name = "course_code", length = 12)
  String courseCode;

  @Id
  @Column(name = "student_no")
  Integer studentNo;

  @Column(name = "grade", length = 2)
  String grade;

  /** The key class. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String courseCode;
    Integer studentNo;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(courseCode, k.courseCode) && Objects.equals(studentNo, k.studentNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(courseCode, studentNo);
    }
  }
}
