package org.lianqin.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Lets CDI create the views, components and the I18N provider (named by the WAR's {@code i18n.provider}
 * context parameter), so that they can {@code @Inject} core's services.
 *
 * <p>Takes the place of vaadin-cdi: Payara deploys an EAR that has an EJB module (core) as one CDI
 * deployment, and vaadin-cdi in two WARs of it reaches from one WAR into the other (its automatic
 * servlet registration and static BeanManager holder break deployment). Vaadin finds this factory in
 * the WAR's WEB-INF/lib; {@link CDI#current()} resolves to that WAR's bean manager.
 */
public class CdiViews implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                Instance<T> bean = CDI.current().select(type);
                return bean.isResolvable() ? bean.get() : super.getOrCreate(type);
            }
        };
    }
}
