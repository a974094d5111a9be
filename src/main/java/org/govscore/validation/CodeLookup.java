package org.govscore.validation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodeBlock;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.codegen.JavaCode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import scala.collection.IndexedSeq;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * A string column's value looked up in a small table of codes, as a Catalyst expression: the reason
 * of a code in the table, a default for any other value, null for a null value.
 *
 * <p>Not a Java UDF: a UDF receives a {@code java.lang.String}, so every row decoded its UTF-8
 * bytes into a new String, hashed it and returned a new String to encode again; with three lookups
 * per exchange, that was a sixth of the time of classifying a large log. This expression reads the
 * value's bytes in place, in the stage's generated code, from a table compact enough to stay in the
 * processor's caches.
 *
 * <p>Public, with a public constructor, only because Spark needs it: the stage's generated code
 * refers to {@link Table} from another package, and Spark copies expressions by reflection. It
 * extends {@code Expression}, not {@code UnaryExpression}, whose Scala mixins Java cannot extend.
 */
public final class CodeLookup extends Expression implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Expression child;
  private final Table table;
  private final Seq<Expression> children;

  public CodeLookup(Expression child, Table table) {
    this.child = child;
    this.table = table;
    this.children = JavaConverters.asScalaBuffer(List.of(child)).toList();
  }

  @Override
  public Seq<Expression> children() {
    return children;
  }

  @Override
  public DataType dataType() {
    return DataTypes.StringType;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(InternalRow row) {
    Object value = child.eval(row);
    return value == null ? null : table.reasonOf((UTF8String) value);
  }

  @Override
  public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
    String ref = ctx.addReferenceObj("codeTable", table, Table.class.getName());
    ExprCode value = child.genCode(ctx);
    String code =
        value.code()
            + "\nboolean "
            + ev.isNull()
            + " = true;\nUTF8String "
            + ev.value()
            + " = null;\nif (!"
            + value.isNull()
            + ") {\n  "
            + ev.value()
            + " = "
            + ref
            + ".reasonOf("
            + value.value()
            + ");\n  "
            + ev.isNull()
            + " = "
            + ev.value()
            + " == null;\n}";
    List<JavaCode> noInputs = List.of();
    ev.code_$eq(
        new CodeBlock(
            JavaConverters.asScalaBuffer(List.of(code)).toList(),
            JavaConverters.asScalaBuffer(noInputs).toList()));
    return ev;
  }

  @Override
  public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
    if (newChildren.size() != 1) {
      throw new IllegalArgumentException("CodeLookup has one child, not " + newChildren.size());
    }
    return new CodeLookup(newChildren.apply(0), table);
  }

  @Override
  public String prettyName() {
    return "code_lookup";
  }

  @Override
  public int productArity() {
    return 2;
  }

  @Override
  public Object productElement(int n) {
    return switch (n) {
      case 0 -> child;
      case 1 -> table;
      default -> throw new IndexOutOfBoundsException("CodeLookup has 2 elements, not " + (n + 1));
    };
  }

  @Override
  public boolean canEqual(Object that) {
    return that instanceof CodeLookup;
  }

  /** Equal when the child is and the table is the same one. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CodeLookup other && other.table == table && other.child.equals(child);
  }

  @Override
  public int hashCode() {
    return child.hashCode() * 31 + System.identityHashCode(table);
  }

  /**
   * Codes and their reasons, in open addressing over the codes' UTF-8 hashes: an int per slot, the
   * codes' hashes beside them, so a lookup compares bytes only on a full hash match.
   */
  public static final class Table implements Serializable {
    private static final long serialVersionUID = 1L;

    private final UTF8String[] codes;
    private final int[] hashes;
    private final UTF8String[] reasons;

    /** Per slot, the index of its code, or -1. */
    private final int[] slots;

    private final UTF8String otherwise;

    /**
     * @param reasons code to reason; a null reason: the code gives none
     * @param otherwise the reason of a value not in the table, or null
     */
    Table(Map<String, String> reasons, String otherwise) {
      int n = reasons.size();
      codes = new UTF8String[n];
      hashes = new int[n];
      this.reasons = new UTF8String[n];
      // At most a quarter full: a probe rarely passes a second slot.
      int capacity = Integer.highestOneBit(Math.max(4, n * 4 - 1)) << 1;
      slots = new int[capacity];
      Arrays.fill(slots, -1);
      int i = 0;
      for (Map.Entry<String, String> e : reasons.entrySet()) {
        if (e.getKey() == null) {
          throw new IllegalArgumentException("A code table has no null code");
        }
        codes[i] = UTF8String.fromString(e.getKey());
        hashes[i] = codes[i].hashCode();
        this.reasons[i] = e.getValue() == null ? null : UTF8String.fromString(e.getValue());
        int s = hashes[i] & (capacity - 1);
        while (slots[s] >= 0) {
          s = (s + 1) & (capacity - 1);
        }
        slots[s] = i;
        i++;
      }
      this.otherwise = otherwise == null ? null : UTF8String.fromString(otherwise);
    }

    /** The reason of a code: its own when listed, else the default. Called by generated code. */
    public UTF8String reasonOf(UTF8String code) {
      int h = code.hashCode();
      int mask = slots.length - 1;
      for (int s = h & mask; ; s = (s + 1) & mask) {
        int i = slots[s];
        if (i < 0) {
          return otherwise;
        }
        if (hashes[i] == h && codes[i].equals(code)) {
          return reasons[i];
        }
      }
    }

    /** Short, because Spark prints it in every plan. */
    @Override
    public String toString() {
      return "codes[" + codes.length + "]";
    }
  }
}
