package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.table.TableN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;

/**
 * {@code SERVICE} as a bind join: the rows found locally go to the remote endpoint in batches, the
 * variables they share with the SERVICE pattern bound by a {@code VALUES} block inside it, and the
 * answers are joined back. Jena on its own evaluates the SERVICE pattern once with nothing bound
 * (it cannot substitute into a pattern whose variables are optional), which asks the endpoint about
 * everything it knows. Jena still sends each request; this only decides what each asks.
 */
final class BatchedService {
    /**
     * Rows per request: as many as the linker sends names, small enough that the Wikidata Query
     * Service answers each well within its time limit.
     */
    static final int BATCH = 20;

    private BatchedService() {
    }

    /** The optimizer that makes a SERVICE follow the rows it joins with; for {@code ARQConstants.sysOptimizerFactory}. */
    static RewriteFactory optimizer() {
        RewriteFactory standard = Optimize.getFactory();
        return cxt -> op -> Transformer.transform(new ServiceAfterItsInput(), standard.create(cxt).rewrite(op));
    }

    /** Jena's SERVICE executors with batching in front; for {@code ARQConstants.registryServiceExecutors}. */
    static ServiceExecutorRegistry executors() {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink(BatchedService::execute);
        return registry;
    }

    /** Feeds the rows of a join's other side into the SERVICE, instead of joining two separate results. */
    static final class ServiceAfterItsInput extends TransformCopy {
        @Override
        public Op transform(OpJoin join, Op left, Op right) {
            return right instanceof OpService ? OpSequence.create(left, right) : super.transform(join, left, right);
        }
    }

    private static QueryIterator execute(OpService service, QueryIterator input, ExecutionContext cxt,
                                         ServiceExecutorBulk chain) {
        Set<Var> inside = Set.copyOf(OpVars.mentionedVars(service.getSubOp()));
        return QueryIterPlainWrapper.create(new Batches(service, inside, input, cxt, chain), cxt);
    }

    /** Pulls up to {@link #BATCH} input rows, asks once for all of them, and hands out the joined rows. */
    private static final class Batches implements Iterator<Binding> {
        private final OpService service;
        private final Set<Var> inside;
        private final QueryIterator input;
        private final ExecutionContext cxt;
        private final ServiceExecutorBulk chain;
        private Iterator<Binding> ready = Iter.empty();

        Batches(OpService service, Set<Var> inside, QueryIterator input, ExecutionContext cxt, ServiceExecutorBulk chain) {
            this.service = service;
            this.inside = inside;
            this.input = input;
            this.cxt = cxt;
            this.chain = chain;
        }

        @Override
        public boolean hasNext() {
            while (!ready.hasNext() && input.hasNext()) {
                List<Binding> batch = new ArrayList<>();
                while (batch.size() < BATCH && input.hasNext()) {
                    batch.add(input.next());
                }
                ready = joined(batch).iterator();
            }
            return ready.hasNext();
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.next();
        }

        private List<Binding> joined(List<Binding> batch) {
            Set<Var> shared = new TreeSet<>(Comparator.comparing(Var::getVarName));
            batch.forEach(b -> b.vars().forEachRemaining(v -> {
                if (inside.contains(v)) {
                    shared.add(v);
                }
            }));
            List<Binding> answers = Iter.toList(chain.createExecution(withValues(shared, batch),
                    QueryIterSingleton.create(BindingFactory.root(), cxt), cxt));
            List<Binding> out = new ArrayList<>();
            for (Binding row : batch) {
                for (Binding answer : answers) {
                    if (Algebra.compatible(row, answer)) {
                        out.add(Algebra.merge(row, answer));
                    }
                }
            }
            return out;
        }

        /** The SERVICE with the batch's distinct values of the shared variables bound inside it. */
        private OpService withValues(Set<Var> shared, List<Binding> batch) {
            if (shared.isEmpty()) {
                return service;
            }
            TableN values = new TableN(new ArrayList<>(shared));
            Set<Binding> distinct = new LinkedHashSet<>();
            for (Binding row : batch) {
                BindingBuilder b = BindingFactory.builder();
                shared.forEach(v -> {
                    if (row.contains(v)) {
                        b.add(v, row.get(v));
                    }
                });
                distinct.add(b.build());
            }
            distinct.forEach(values::addBinding);
            return new OpService(service.getService(), OpJoin.create(OpTable.create(values), service.getSubOp()),
                    service.getSilent());
        }
    }
}
