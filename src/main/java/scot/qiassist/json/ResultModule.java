package scot.qiassist.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import scot.qiassist.evaluation.Evaluation;

/**
 * How results are written and read as JSON: written by reference ({@link ResultWire}, format 2);
 * read in format 2, or in format 1 (every fact in place, as results were stored before format 2),
 * so that stored evaluations of either format stay readable.
 */
final class ResultModule extends SimpleModule {

  ResultModule() {
    super("qi-assist-results");
    addSerializer(Evaluation.class, new Writer());
    setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> standard) {
            return bean.getBeanClass() == Evaluation.class ? new Reader(standard) : standard;
          }
        });
  }

  private static final class Writer extends StdSerializer<Evaluation> {
    Writer() {
      super(Evaluation.class);
    }

    @Override
    public void serialize(Evaluation e, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(ByReference.write(e), out);
    }
  }

  /** Format 2 by reference; format 1 by the record's own reading. */
  private static final class Reader extends JsonDeserializer<Evaluation>
      implements ResolvableDeserializer {
    private final JsonDeserializer<?> formatOne;

    Reader(JsonDeserializer<?> formatOne) {
      this.formatOne = formatOne;
    }

    /** The record's own reader is resolved (its constructor found) through this one. */
    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      if (formatOne instanceof ResolvableDeserializer r) {
        r.resolve(context);
      }
    }

    @Override
    public Evaluation deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      JsonNode tree = in.readValueAsTree();
      if (tree.has("resultFormat")) {
        int format = tree.get("resultFormat").asInt(-1);
        if (format != ResultWire.FORMAT) {
          throw JsonMappingException.from(
              in,
              "the result is in format "
                  + tree.get("resultFormat")
                  + ", which this version of QI Assist does not read: it reads formats 1 and "
                  + ResultWire.FORMAT);
        }
        try {
          return ByReference.read(context.readTreeAsValue(tree, ResultWire.class));
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.from(in, e.getMessage(), e);
        }
      }
      try (JsonParser again = tree.traverse(in.getCodec())) {
        again.nextToken();
        return (Evaluation) formatOne.deserialize(again, context);
      }
    }
  }
}
